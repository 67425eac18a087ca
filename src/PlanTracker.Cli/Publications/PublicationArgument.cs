using System.CommandLine;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Publications;

namespace PlanTracker.Cli.Publications;

/// <summary><c>--publication ID</c> on status, report and export: a publication of the plan being worked on.</summary>
public static class PublicationArgument
{
    public static Option<long?> Create() =>
        new("--publication") { Description = "Montre les chiffres exactement tels que publiés (voir plantracker publications)" };

    /// <summary>
    /// The publication <paramref name="id"/> names, checked to belong to <paramref name="plan"/> (exit 1 otherwise);
    /// <paramref name="asOf"/> given as well is an unusable combination (exit 2).
    /// </summary>
    public static async Task<Publication> FindAsync(
        PublicationStore store, long id, PlanRef plan, string? asOf, string lang, CancellationToken cancellationToken)
    {
        var en = lang == "en";
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            throw new UserException(en
                ? "--as-of and --publication cannot be combined: a publication is of its own quarter."
                : "--as-of et --publication ne se combinent pas : une publication porte sur son propre trimestre.");
        }

        var publication = await store.FindAsync(id, cancellationToken);
        if (publication is null)
        {
            throw new UserException(
                en ? $"--publication: unknown publication {id} (see plantracker publications)." : $"--publication : publication {id} inconnue (voir plantracker publications).",
                ExitCodes.Rejected);
        }

        if (publication.PlanId != plan.Id)
        {
            throw new UserException(
                en
                    ? $"--publication: publication {id} belongs to another plan than {plan.Code} (see plantracker publications --plan CODE)."
                    : $"--publication : la publication {id} appartient à un autre plan que {plan.Code} (voir plantracker publications --plan CODE).",
                ExitCodes.Rejected);
        }

        return publication;
    }
}
