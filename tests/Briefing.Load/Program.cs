using Briefing.Load;

// Load tools against a running app (they start nothing themselves; scripts/load.sh does):
//   --base URL --api-key KEY --dashboards N --hub-clients M --articles K [--rate 2] [--json out.json] [--server-pid PID]
//       N headless dashboards (real Blazor circuits) + M hub clients; 202 → render batch latency per circuit.
//   latency --base URL [--requests 200] [--json out.json]
//       read latency of the pages and every list endpoint (e.g. over a store made by `briefing generate`).
//   ingest --base URL --api-key KEY [--articles 20000] [--concurrency 64] [--server-pid PID]
//       a fixed workload posted as fast as accepted, until the inbox drains; server CPU per 1,000 articles.
//   --url URL --key KEY [--rates 100,200,400,800,1200] [--seconds 10] [--concurrency 128]
//       ingestion steps at increasing rates (POST → hub ArticleIngested).
if (args.Length > 0 && args[0] == "latency")
{
    string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return await Latency.RunAsync(Value("--base") ?? "http://127.0.0.1:5200", int.Parse(Value("--requests") ?? "200"), Value("--json"));
}
if (args.Length > 0 && args[0] == "ingest") return await Ingest.RunAsync(args);
if (args.Contains("--dashboards") || args.Contains("--hub-clients") || args.Contains("--base"))
    return await Screens.RunAsync(ScreensSettings.Parse(args));
return await Rates.RunAsync(args);
