using System.Net;
using System.Text;
using Briefing.Testing;

namespace Briefing.Web.Tests.Hosting;

/// <summary>The server's own ceiling on request bodies (Briefing:Http:MaxRequestBodyBytes), on real Kestrel: a body
/// over it is refused with 413 problem details before any endpoint reads it, wherever it is sent.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task A_body_over_the_server_ceiling_gets_413_problem_details_on_the_api()
    {
        await using var app = new BriefingAppFactory().With("Briefing:Http:MaxRequestBodyBytes", "100000");
        var baseUrl = app.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = baseUrl };
        client.DefaultRequestHeaders.Add("X-Api-Key", BriefingAppFactory.ApiKey);

        // Under the batch endpoint's own 10 MB limit, over the server's 100 kB one.
        var big = "[" + string.Join(',', Enumerable.Range(0, 40).Select(i => $$"""{"title":"t{{i}}","text":"{{new string('x', 5000)}}"}""")) + "]";
        var response = await client.PostAsync("/api/articles/batch", new StringContent(big, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);

        var small = await client.PostAsync("/api/articles/batch", new StringContent(
            """[{"title":"Veltria","text":"Aldo Varga said the port would reopen."}]""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, small.StatusCode);
    }
}
