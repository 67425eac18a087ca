namespace PlanTracker.Import.Reading;

/// <summary>
/// OPC part names: relationship targets are relative to the source part's folder, or absolute from the root, and may
/// be percent-encoded (LibreOffice writes "%20" for a space). Shared by the reader and the annotator's cleaner.
/// </summary>
internal static class PartPath
{
    public static string Resolve(string sourcePart, string target)
    {
        var normalized = Uri.UnescapeDataString(target).Replace('\\', '/');
        var segments = new List<string>();
        if (!normalized.StartsWith('/'))
        {
            var folder = sourcePart.Contains('/') ? sourcePart[..sourcePart.LastIndexOf('/')] : "";
            segments.AddRange(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var segment in normalized.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>"xl/workbook.xml" → "xl/_rels/workbook.xml.rels".</summary>
    public static string RelationshipsOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? $"_rels/{part}.rels" : $"{part[..slash]}/_rels/{part[(slash + 1)..]}.rels";
    }
}
