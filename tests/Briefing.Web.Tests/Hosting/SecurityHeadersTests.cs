using System.Net;
using Briefing.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Briefing.Web.Tests.Hosting;

/// <summary>The security headers on a page and on an API response; HTTPS and HSTS only when configured.</summary>
public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/articles")]
    public async Task A_page_and_an_api_response_carry_every_security_header(string path)
    {
        using var app = new BriefingAppFactory();
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}';", csp);
        Assert.DoesNotContain("unsafe-inline'; img", csp.Split("style-src")[0]); // no inline script
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS unless the app is behind TLS");
    }

    [Fact]
    public async Task Each_page_gets_a_fresh_nonce_and_the_import_map_carries_it()
    {
        using var app = new BriefingAppFactory();
        var client = app.CreateClient();
        var first = await client.GetAsync("/");
        var second = await client.GetAsync("/");
        var nonce = System.Text.RegularExpressions.Regex.Match(first.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains($"<script type=\"importmap\" nonce=\"{System.Net.WebUtility.HtmlEncode(nonce).Replace("+", "&#x2B;")}\"", html);
        // Every other script is loaded from the app itself: no inline script body besides the import map.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>"));
    }

    [Fact]
    public async Task Walls_may_be_framed_by_the_configured_origins_and_other_pages_only_by_the_app()
    {
        using var app = new BriefingAppFactory().With("Briefing:Http:WallFrameAncestors:0", "https://intranet.example.org");
        var client = app.CreateClient();

        var wall = await client.GetAsync("/wall");
        Assert.EndsWith("frame-ancestors 'self' https://intranet.example.org", wall.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(wall.Headers.Contains("X-Frame-Options"));
        var page = await client.GetAsync("/positions");
        Assert.EndsWith("frame-ancestors 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("SAMEORIGIN", page.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Behind_tls_plain_http_is_redirected_and_https_answers_carry_hsts()
    {
        using var app = new BriefingAppFactory().With("Briefing:Http:RequireHttps", "true").With("https_port", "443");
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://briefing.example.org") });
        var redirect = await plain.GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https://briefing.example.org/api/articles", redirect.Headers.Location!.ToString());

        var secure = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://briefing.example.org") });
        var response = await secure.GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task A_proxy_s_forwarded_proto_counts_only_when_forwarded_headers_are_trusted()
    {
        using var app = new BriefingAppFactory().With("Briefing:Http:RequireHttps", "true").With("https_port", "443")
            .With("Briefing:Http:ForwardedHeaders", "true").With("Briefing:Http:KnownNetworks:0", "0.0.0.0/0");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://briefing.example.org") });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }
}
