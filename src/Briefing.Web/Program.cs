using Briefing.Web.Alerts;
using Briefing.Web.Api;
using Briefing.Web.Briefs;
using Briefing.Web.Components;
using Briefing.Web.Curation;
using Briefing.Web.Hosting;
using Briefing.Web.Ingestion;
using Briefing.Web.Limits;
using Briefing.Web.Live;
using Briefing.Web.Operations;
using Briefing.Web.Positions;
using Briefing.Web.Reading;
using Briefing.Web.Storage;
using Briefing.Web.Wall;

ConnectionBuffers.KeepOnePerConnection();      // before anything rents from the shared array pool
if (HashPasswordCommand.TryRun(args)) return;   // `hash-password`: a local reader's password hash, then exit

var builder = WebApplication.CreateBuilder(args);

builder.AddDeployment();        // static assets outside publish, data-protection keys in the store, proxy, HTTPS, limits
builder.AddBriefingStorage();   // SQLite file, migrations, one store per aggregate
builder.AddIngestion();         // inbox → extraction pipeline → store; seeds on first start
builder.AddPositions();         // topics, stance, actor × topic positions
builder.AddCuration();          // analysts' corrections of speakers and statements
builder.AddLive();              // in-process notifier, SignalR hub relay
builder.AddBriefingApi();       // problem details, API keys
builder.AddReading();           // who may read: open, or signed-in readers (local list / OIDC) and wall display links
builder.AddOperations();        // /healthz, /readyz, OpenTelemetry, OpenAPI
builder.AddBriefingUi();        // Blazor Server + MudBlazor
builder.AddWall();              // /wall display defaults and queries
builder.AddBriefs();            // what staff take away: the brief and its exports
builder.AddAlerts();            // subscriptions → in-app alerts and signed webhooks
builder.AddActorCuration();     // merge (undo), split and edit actors, audited
builder.AddBriefingLimits();    // per-IP connections, sign-in throttling, circuit retention, no Server header

var app = builder.Build();
if (KeysCommand.TryRun(app, args)) return;   // `keys add|list|revoke`: the API key admin verb, then exit

app.UseDeployment();            // forwarded headers, HTTPS + HSTS when behind TLS, security headers
app.UseBriefingErrorHandling();
app.UseBriefingLimits();        // forwarded client address, then connections per IP on /_blazor and /hubs
app.UseReading();               // authentication, display links, the read policy
app.MapOperations();            // /healthz, /readyz, /metrics, /openapi/v1.json, /scalar/v1
app.MapBriefingApi();           // /api/articles, /api/actors, /api/statements, /api/positions, /api/topics, corrections
app.MapLive();                  // /hubs/briefing
app.MapReading();               // /signin, /signout
app.MapBriefs();                // /api/brief?actor=…&topic=…&since=…&format=md|json|csv|xlsx
app.MapAlerts();                // /api/alerts: subscriptions, history, webhook deliveries
app.MapActorCuration();         // /api/actors/{id}/merge|split, PUT /api/actors/{id}, undo
app.MapBriefingUi();            // dashboard, actors, articles, positions, topics, sources, displays, alerts, wall

app.Run();
