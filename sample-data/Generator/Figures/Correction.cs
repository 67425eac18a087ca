namespace PlanTracker.SampleData.Figures;

/// <summary>
/// A quarter whose first file had mistakes: <see cref="AsFirstSent"/> is what that file says, <see cref="Resent"/>
/// the lines a correction file sends again (same keys, right figures: the last upload wins).
/// </summary>
public sealed record Correction(IReadOnlyList<SampleJobLine> AsFirstSent, IReadOnlyList<SampleJobLine> Resent)
{
    // Jobs first sent minus the right figure, and why; 0 = only the FTE was wrong.
    private static readonly (int Delta, string Comment)[] Mistakes =
    [
        (3, "Correctif : 3 contrats comptés deux fois"),
        (-2, "Correctif : 2 embauches de fin juin oubliées"),
        (1, "Correctif : erreur de saisie"),
        (0, "Correctif : ETP recalculés sur la base de 35 heures"),
    ];

    /// <summary>Picks a few lines of <paramref name="right"/> (the figures after correction) and makes them wrong.</summary>
    public static Correction Make(IReadOnlyList<SampleJobLine> right, Random random)
    {
        var firstSent = right.ToList();
        var resent = new SortedDictionary<int, SampleJobLine>();
        var picked = new HashSet<int>();
        foreach (var (delta, comment) in Mistakes)
        {
            // Room to have reported fewer, an FTE to get wrong.
            var candidates = Enumerable.Range(0, right.Count)
                .Where(i => !picked.Contains(i) && right[i].Jobs + delta >= 1 && (delta != 0 || right[i].Fte is not null))
                .ToList();
            if (candidates.Count == 0)
            {
                throw new InvalidOperationException($"No line of {right[0].Quarter} can carry the mistake « {comment} ».");
            }

            var index = candidates[random.Next(candidates.Count)];
            picked.Add(index);
            var line = right[index];
            var wrongJobs = line.Jobs + delta;
            var wrongFte = line.Fte is not { } fte ? (decimal?)null
                : delta == 0 ? Math.Round(fte / 2, 2)
                : Math.Min(wrongJobs, Math.Round(fte * wrongJobs / line.Jobs, 2));
            firstSent[index] = line with { Jobs = wrongJobs, Fte = wrongFte };
            resent.Add(index, line with { Comment = comment });
        }

        // Resent in the order of the sheet they correct.
        return new Correction(firstSent, resent.Values.ToList());
    }
}
