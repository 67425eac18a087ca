using PlanTracker.Core.Plans;
using PlanTracker.SampleData;
using PlanTracker.SampleData.Coteaux;

// dotnet run --project sample-data/Generator -- [outDir]   (default: the sample-data folder)
// Writes the default plan's workbooks into outDir and the second plan's into outDir/plans/CODE.
var sampleData = SampleDataFolder();
var directory = args.Length > 0 ? Path.GetFullPath(args[0]) : sampleData;

var problems = SampleRun.WriteAndCheck(SampleSet.Build(), directory, Console.Out, Console.Error);

var coteaux = Plan.FromJson(File.ReadAllText(Path.Combine(sampleData, CoteauxSet.PlanFile)));
Console.WriteLine();
Console.WriteLine($"Second plan : {coteaux.Code} — {coteaux.TerritoryName}");
problems.AddRange(SampleRun.WriteAndCheck(CoteauxSet.Build(coteaux), Path.Combine(directory, CoteauxSet.Folder(coteaux)), Console.Out, Console.Error));

if (problems.Count > 0)
{
    Console.Error.WriteLine($"Vérification : {problems.Count} problème(s)");
    problems.ForEach(Console.Error.WriteLine);
    return 1;
}

Console.WriteLine();
Console.WriteLine("Vérification : en-têtes, SIRET (texte, 14 chiffres, Luhn), valeurs relues, clés uniques, dates et totaux : OK");
return 0;

// The folder holding Generator/, found from the build output (sample-data/Generator/bin/…).
static string SampleDataFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Generator", "PlanTracker.SampleData.csproj")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("sample-data/ not found above the build output: pass the output folder as an argument.");
}
