using Briefing.Cli;

// briefing extract --ablate [IN] [--scorer FILE] [--watchlist FILE]: what each attribution rule earns (default IN: the PolNeAR dev split).
if (args.Length >= 2 && args[0] == "extract" && args.Contains("--ablate"))
{
    string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    var input = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != Option("--scorer") && a != Option("--watchlist"));
    return AblateCommand.Run(input, Option("--scorer"), Option("--watchlist"));
}

// briefing extract IN OUT [--watchlist FILE] [--without RULE,RULE]: --without switches rules of the registry off.
if (args.Length >= 3 && args[0] == "extract")
{
    string? watchlist = null;
    var settings = Briefing.Core.Extraction.ExtractorSettings.Default;
    for (var i = 3; i < args.Length - 1; i++)
    {
        if (args[i] == "--watchlist")
        {
            watchlist = args[i + 1];
        }
        if (args[i] == "--without")
        {
            foreach (var name in args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Enum.TryParse<Briefing.Core.Extraction.ExtractionRule>(name, out var rule))
                {
                    Console.Error.WriteLine($"no rule named {name}");
                    return 2;
                }
                settings = settings.Without(rule);
            }
        }
    }
    return ExtractCommand.Run(args[1], args[2], watchlist, settings);
}

string? OptionValue(string name) => Array.IndexOf(args, name) is var i and > 0 && i + 1 < args.Length ? args[i + 1] : null;

// briefing stance TOPICS ITEMS OUT [--cues-only] [--cache VECTORS.bin] [--prior PRIOR.bin | --no-prior]
if (args.Length >= 4 && args[0] == "stance")
    return StanceCommand.Run(args[1], args[2], args[3], cuesOnly: args.Contains("--cues-only"), OptionValue("--cache"),
        OptionValue("--prior"), noPrior: args.Contains("--no-prior"));

// briefing stance-train SENTIMENT.jsonl OUT.bin [--cache VECTORS.bin]: trains the zero-shot sentiment prior.
if (args.Length >= 3 && args[0] == "stance-train") return StanceTrainCommand.Run(args[1], args[2], OptionValue("--cache"));

// briefing show FILE: prints actors and statements of one text file (for reading the extractor's output).
if (args.Length == 2 && args[0] == "show")
{
    var text = File.ReadAllText(args[1]);
    var x = new Briefing.Core.Extraction.ArticleExtractor().Extract(text);
    foreach (var a in x.Actors)
    {
        Console.WriteLine($"ACTOR {a.Key} {a.Name} [{a.Kind}] role={a.Role} aff={a.Affiliation} aliases={string.Join("|", a.Aliases)} n={a.Mentions.Count}");
    }
    foreach (var s in x.Statements)
    {
        Console.WriteLine($"{s.Kind} {x.Speaker(s)?.Name ?? "?"} ({s.Resolution} {s.Confidence}) src='{s.Source?.Of(text)}' cue='{s.CueText}' :: {s.Text}");
    }
    return 0;
}

// briefing generate DB --articles N: a large invented store for scale benchmarks and load tests.
if (args.Length >= 2 && args[0] == "generate") return Briefing.Cli.Generate.GenerateCommand.Run(args);

Console.Error.WriteLine("usage: briefing extract <in-dir> <out-dir> [--watchlist <file>] [--without <rule,…>] | briefing extract --ablate [<in-dir>] [--scorer <file>] | briefing show <file>");
Console.Error.WriteLine("       briefing generate <database-file> [--articles N]");
Console.Error.WriteLine("       briefing stance <topics.json> <items.jsonl> <out.jsonl> [--cues-only] [--cache <vectors.bin>] [--prior <prior.bin> | --no-prior]");
Console.Error.WriteLine("       briefing stance-train <sentiment.jsonl> <prior.bin> [--cache <vectors.bin>]");
return 2;
