using PlanTracker.SampleData;
using PlanTracker.SampleData.Checking;
using PlanTracker.SampleData.Workbooks;

// dotnet run --project sample-data/Generator -- [outDir]   (default: the sample-data folder)
var directory = args.Length > 0 ? Path.GetFullPath(args[0]) : SampleDataFolder();
Directory.CreateDirectory(directory);

var set = SampleSet.Build();
foreach (var workbook in set.Workbooks)
{
    WorkbookWriter.Write(workbook, Path.Combine(directory, workbook.FileName));
}

var problems = new List<string>();
var replay = SampleCheck.Run(set, directory, problems);
Console.WriteLine($"{set.Workbooks.Count} classeurs écrits dans {directory}");
Console.WriteLine();
Summary.Print(set, replay, Console.Out);

foreach (var stranger in SampleCheck.Strangers(set, directory))
{
    Console.Error.WriteLine($"Attention : {stranger} n'est pas un fichier généré ; « import sample-data/*.xlsx » le prendrait aussi.");
}

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
