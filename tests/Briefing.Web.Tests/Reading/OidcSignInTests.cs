using System.Net;
using Briefing.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Briefing.Web.Tests.Support;

namespace Briefing.Web.Tests.Reading;

/// <summary>OpenID Connect wiring against a stand-in identity provider on loopback (the office's real provider is on
/// the network): the sign-in page offers it, and choosing it sends the browser to the provider's authorize endpoint
/// with the configured client, the code flow and PKCE.</summary>
public sealed class OidcSignInTests : IAsyncLifetime
{
    private WebApplication _provider = default!;
    private string _authority = "";

    public async Task InitializeAsync()
    {
        _provider = LoopbackApp.CreateBuilder().Build();
        _provider.MapGet("/.well-known/openid-configuration", (HttpContext http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = _authority,
            ["authorization_endpoint"] = $"{_authority}/authorize",
            ["token_endpoint"] = $"{_authority}/token",
            ["jwks_uri"] = $"{_authority}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _provider.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
        _authority = await LoopbackApp.StartAsync(_provider);
    }

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    public async Task Choosing_the_office_provider_redirects_to_its_authorize_endpoint_with_code_flow_and_pkce()
    {
        using var app = new BriefingAppFactory()
            .With("Briefing:Reading:RequireSignIn", "true")
            .With("Briefing:Reading:Oidc:Authority", _authority)
            .With("Briefing:Reading:Oidc:ClientId", "briefing-test")
            .With("Briefing:Reading:Oidc:RequireHttpsMetadata", "false")
            .With("Briefing:Reading:Oidc:DisplayName", "Veltria Office ID");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetStringAsync("/signin?returnUrl=%2Fpositions");
        Assert.Contains("Sign in with Veltria Office ID", page);
        Assert.DoesNotContain("id=\"reader-password\"", page); // no local users configured: no password form

        var challenge = await client.GetAsync("/signin/oidc?returnUrl=%2Fpositions");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.StartsWith($"{_authority}/authorize?", location.ToString());
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("briefing-test", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal("http://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Contains("openid", query["scope"].ToString());
    }
}
