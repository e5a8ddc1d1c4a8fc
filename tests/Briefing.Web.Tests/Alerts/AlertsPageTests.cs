using Briefing.Data.Alerts;
using Briefing.Web.Alerts;
using Briefing.Web.Components.Pages.Alerts;
using Briefing.Web.Tests.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Alerts;

/// <summary>The /alerts page over real stores: an editor subscribes from the form; nobody sees a webhook's path.</summary>
public sealed class AlertsPageTests : ComponentTestContext
{
    private readonly AlertStore _alerts;

    public AlertsPageTests()
    {
        _alerts = new AlertStore(Database, TimeProvider.System);
        Services.AddSingleton(_alerts);
        Services.AddSingleton<AlertSubscriptions>();
    }

    [Fact]
    public void An_editor_subscribes_from_the_form_and_the_webhook_secret_is_shown_once()
    {
        CommitQuote("Varga speaks", "Aldo Varga", "We will not close the harbour.");
        var page = Render<AlertsPage>();

        page.Find("#sub-kind").Change("new-statement");
        page.Find("#sub-actor").Change("Aldo Varga");
        page.Find("#sub-webhook").Change("https://hooks.example/T0K3N/secret-path");
        page.Find("#sub-create").Click();

        var row = page.Find("#subscriptions tbody tr");
        Assert.Contains("Aldo Varga", row.TextContent);
        Assert.Contains("https://hooks.example/…", row.TextContent);
        Assert.DoesNotContain("secret-path", page.Markup.Replace(page.Find("#sub-secret").OuterHtml, ""));
        Assert.StartsWith("Webhook signing secret", page.Find("#sub-secret").TextContent.Trim());
        var stored = Assert.Single(_alerts.Subscriptions());
        Assert.Equal("new-statement", stored.Kind);
        Assert.Equal("aldo-varga", stored.ActorId);
    }

    [Fact]
    public void A_bad_webhook_url_is_refused_with_the_field_named()
    {
        var page = Render<AlertsPage>();
        page.Find("#sub-webhook").Change("ftp://files.example/drop");
        page.Find("#sub-create").Click();
        Assert.Contains("\"webhookUrl\"", page.Find("#sub-error").TextContent);
        Assert.Empty(_alerts.Subscriptions());
    }
}
