namespace PlanTracker.Import;

/// <summary>
/// Collects every error of one upload (officers fix them all in one go, not one per upload), up to
/// <see cref="ImportLimits.MaxErrors"/>: past that they are only counted, so a garbage file cannot flood memory.
/// </summary>
internal sealed class ErrorSink(int maxErrors)
{
    private readonly List<ImportError> _errors = [];
    private readonly List<ImportError> _warnings = [];
    private int _dropped;

    public bool HasErrors => _errors.Count > 0;

    public IReadOnlyList<ImportError> Warnings => _warnings;

    public void Add(ImportError error)
    {
        if (_errors.Count < maxErrors)
        {
            _errors.Add(error);
        }
        else
        {
            _dropped++;
        }
    }

    public void Warn(ImportError warning) => _warnings.Add(warning);

    /// <summary>The errors, ending with a note of how many more were found but not listed.</summary>
    public IReadOnlyList<ImportError> Errors()
    {
        if (_dropped == 0)
        {
            return _errors;
        }

        var total = _errors.Count + _dropped;
        return
        [
            .. _errors,
            FileErrors.File(
                ImportErrorCodes.TooManyErrors,
                $"… et {FileErrors.Count(_dropped, "fr")} autres erreurs non listées ({FileErrors.Count(total, "fr")} au total). Corrigez les premières (souvent une colonne entière) et déposez le classeur à nouveau.",
                $"… and {FileErrors.Count(_dropped, "en")} more errors not listed ({FileErrors.Count(total, "en")} in all). Fix the first ones (often a whole column) and upload the workbook again."),
        ];
    }
}
