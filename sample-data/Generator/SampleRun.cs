using PlanTracker.SampleData.Checking;
using PlanTracker.SampleData.Workbooks;

namespace PlanTracker.SampleData;

/// <summary>Writes one sample set, re-reads and checks what was written, and prints what it holds.</summary>
public static class SampleRun
{
    /// <summary>The problems found in the written files (none when the set is sound).</summary>
    public static List<string> WriteAndCheck(SampleSet set, string directory, TextWriter output, TextWriter error)
    {
        Directory.CreateDirectory(directory);
        foreach (var workbook in set.Workbooks)
        {
            WorkbookWriter.Write(workbook, Path.Combine(directory, workbook.FileName));
        }

        var problems = new List<string>();
        var replay = SampleCheck.Run(set, directory, problems);
        output.WriteLine($"{set.Workbooks.Count} classeurs écrits dans {directory}");
        output.WriteLine();
        Summary.Print(set, replay, output);

        foreach (var stranger in SampleCheck.Strangers(set, directory))
        {
            error.WriteLine($"Attention : {stranger} n'est pas un fichier généré ; « import {directory}/*.xlsx » le prendrait aussi.");
        }

        return problems;
    }
}
