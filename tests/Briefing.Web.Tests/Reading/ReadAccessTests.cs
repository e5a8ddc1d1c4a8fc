using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Data.Displays;
using Briefing.Testing;
using Briefing.Web.Reading;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Reading;

/// <summary>Read sign-in over HTTP: closed reading refuses pages, the read API and the hubs to the signed-out; a local
/// reader signs in with a form (antiforgery, hashed password); API keys still read; display links open one wall.</summary>
public sealed class ReadAccessTests
{
    private const string Password = "correct horse battery staple";

    private static BriefingAppFactory ClosedReading(string? folder = null) => new BriefingAppFactory(folder)
        .With("Briefing:Reading:RequireSignIn", "true")
        .With("Briefing:Reading:Users:0:Name", "ines")
        .With("Briefing:Reading:Users:0:PasswordHash", LocalReaders.Hash(Password));

    private static HttpClient Browser(BriefingAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Reading_is_open_by_default()
    {
        using var app = new BriefingAppFactory();
        var client = Browser(app);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/hubs/briefing/negotiate?negotiateVersion=1", null)).StatusCode);
    }

    [Fact]
    public async Task Closed_reading_refuses_pages_api_and_hubs_to_the_signed_out()
    {
        using var app = ClosedReading();
        await app.IngestAsync(app.WriterClient(), FictionalArticles.Harbour("closed"));
        var client = Browser(app);

        var page = await client.GetAsync("/positions");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/signin?ReturnUrl=%2Fpositions", page.Headers.Location!.ToString());

        var api = await client.GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("closed", await api.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/hubs/briefing/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);
        // Still open: probes, the API description, stylesheets, the sign-in page.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/app.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode);
    }

    [Fact]
    public async Task An_api_key_still_reads_when_reading_is_closed()
    {
        using var app = ClosedReading();
        var writer = app.WriterClient();
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/api/actors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.PostAsync("/hubs/briefing/negotiate?negotiateVersion=1", null)).StatusCode);
    }

    [Fact]
    public async Task A_local_reader_signs_in_with_the_form_and_reads()
    {
        using var app = ClosedReading();
        var client = Browser(app);

        var wrong = await SignInAsync(client, "ines", "not the password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("do not match", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "nobody", Password)).StatusCode);

        var right = await SignInAsync(client, "Ines", Password, returnUrl: "/positions");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/positions", right.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/positions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_are_throttled_even_for_the_right_password()
    {
        using var app = ClosedReading().With("Briefing:Limits:SignInFailuresPerIpPerMinute", "3");
        var client = Browser(app);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "ines", $"guess {i}")).StatusCode);

        var locked = await SignInAsync(client, "ines", Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.NotNull(locked.Headers.RetryAfter);
        Assert.Contains("Too many failed sign-ins", await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_form_needs_its_antiforgery_token_and_only_returns_to_local_pages()
    {
        using var app = ClosedReading();
        var client = Browser(app);
        var forged = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "ines", ["password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var offsite = await SignInAsync(client, "ines", Password, returnUrl: "https://evil.example/");
        Assert.Equal("/", offsite.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_reader_cookie_survives_a_restart_and_works_on_another_node_sharing_the_store()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-dp-").FullName;
        string cookie;
        using (var first = ClosedReading(folder))
        {
            var client = Browser(first);
            var response = await SignInAsync(client, "ines", Password);
            cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Briefing.Reader=")).Split(';')[0];
        }
        // A new process over the same store: the key ring comes from the store, so the cookie still opens pages.
        using var second = ClosedReading(folder);
        var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task A_display_link_opens_its_wall_and_nothing_else_until_it_is_revoked()
    {
        using var app = ClosedReading();
        var links = app.Services.GetRequiredService<DisplayLinkStore>();
        var token = links.Add("lobby", "?panels=quotes&theme=light")!;
        var link = links.List().Single();
        var client = Browser(app);

        var first = await client.GetAsync($"/wall/d/{token}");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);   // the display cookie is set, then the same URL again
        var wall = await client.GetAsync($"/wall/d/{token}");
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        var html = await wall.Content.ReadAsStringAsync();
        Assert.True(html.Contains("data-theme=\"light\""), html[^Math.Min(html.Length, 3000)..]);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);

        // Nothing else: not the dashboard, not the API, not the hub.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/api/articles")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.PostAsync("/hubs/briefing/negotiate?negotiateVersion=1", null)).StatusCode);
        // A wall URL of its own choosing still shows the link's wall.
        Assert.Contains("data-theme=\"light\"", await client.GetStringAsync("/wall?theme=dark&panels=articles"));

        Assert.True(links.Revoke(link.Id));
        await Task.Delay(TimeSpan.FromSeconds(2.2)); // the active-link cache is two seconds
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);
        var revoked = await client.GetAsync($"/wall/d/{token}");
        Assert.Equal(HttpStatusCode.Forbidden, revoked.StatusCode);
        Assert.Contains("not valid", await revoked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/wall/d/wd_unknown")).StatusCode);
    }

    [Fact]
    public async Task With_open_reading_a_revoked_display_link_is_still_refused_at_reconnect()
    {
        using var app = new BriefingAppFactory();
        var links = app.Services.GetRequiredService<DisplayLinkStore>();
        var token = links.Add("hall", "?pin=articles")!;
        var client = Browser(app);
        await client.GetAsync($"/wall/d/{token}");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);

        links.Revoke(links.List().Single().Id);
        await Task.Delay(TimeSpan.FromSeconds(2.2)); // the active-link cache is two seconds
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/wall/d/{token}")).StatusCode);
        // The refusal page cleared the display cookie: this browser reads openly again.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_encodes_what_it_echoes()
    {
        using var app = ClosedReading();
        var html = await Browser(app).GetStringAsync("/signin?returnUrl=%2F%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password, string returnUrl = "/")
    {
        var form = await client.GetStringAsync("/signin");
        var field = Regex.Match(form, "name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\"");
        Assert.True(field.Success, "the sign-in form carries an antiforgery token");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [field.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(field.Groups[2].Value),
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        }));
    }
}
