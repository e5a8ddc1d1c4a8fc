using Briefing.Web.Api;
using Briefing.Web.Components;
using Briefing.Web.Curation;
using Briefing.Web.Ingestion;
using Briefing.Web.Limits;
using Briefing.Web.Live;
using Briefing.Web.Positions;
using Briefing.Web.Storage;
using Briefing.Web.Wall;

var builder = WebApplication.CreateBuilder(args);

builder.AddBriefingStorage();   // SQLite file, migrations, one store per aggregate
builder.AddIngestion();         // inbox → extraction pipeline → store; seeds on first start
builder.AddPositions();         // topics, stance, actor × topic positions
builder.AddCuration();          // analysts' corrections of speakers and statements
builder.AddLive();              // in-process notifier, SignalR hub relay
builder.AddBriefingApi();       // problem details, API keys
builder.AddBriefingUi();        // Blazor Server + MudBlazor
builder.AddWall();              // /wall display defaults and queries
builder.AddBriefingLimits();    // per-IP connections, sign-in throttling, circuit retention, no Server header

var app = builder.Build();
if (KeysCommand.TryRun(app, args)) return;   // `keys add|list|revoke`: the API key admin verb, then exit

app.UseBriefingErrorHandling();
app.UseBriefingLimits();        // forwarded client address, then connections per IP on /_blazor and /hubs
app.MapBriefingApi();           // /api/articles, /api/actors, /api/statements, /api/positions, /api/topics, corrections
app.MapLive();                  // /hubs/briefing
app.MapBriefingUi();            // dashboard, actors, articles, positions, topics, sources, wall

app.Run();
