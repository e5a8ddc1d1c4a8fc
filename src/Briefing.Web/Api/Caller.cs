namespace Briefing.Web.Api;

/// <summary>Who made a write: the name of the API key it carried (writes are recorded under it).</summary>
public static class Caller
{
    public static string NameOf(HttpContext http) =>
        http.RequestServices.GetRequiredService<ApiKeys>().NameOf(http.Request.Headers[RequireApiKey.Header].ToString()) ?? "api";
}
