namespace PlanTracker.Import.Reading.Csv;

/// <summary>
/// The field separator of a CSV file: of <c>;</c>, tab and <c>,</c>, the one found most often (outside quotes) on the
/// first line holding any of them, which is the header line or a title line written with the same separator. A tie
/// goes to <c>;</c>, then tab: a French export's decimal commas must not win.
/// </summary>
internal static class CsvSeparator
{
    private static readonly char[] Candidates = [';', '\t', ','];

    // Only the first lines are looked at; a header longer than this is not a header.
    private const int LookAhead = 64 * 1024;

    public static char Detect(TextReader reader)
    {
        var buffer = new char[LookAhead];
        var length = reader.ReadBlock(buffer, 0, buffer.Length);
        var counts = new int[Candidates.Length];
        var quoted = false;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r' && counts.Any(n => n > 0))
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is var at and >= 0)
            {
                counts[at]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }
}
