using System.IO.Compression;
using System.Xml.Linq;
using PlanTracker.Import.Reading;

namespace PlanTracker.Import.Annotation;

/// <summary>A package without its comment and VML parts, and the comments those parts held.</summary>
internal sealed record CleanedPackage(byte[] Bytes, IReadOnlyList<OfficerComment> Comments);

/// <summary>
/// ClosedXML 0.95.4 throws while loading a LibreOffice workbook with comments (it cannot match LibreOffice's VML shapes to
/// the comments). This builds, in memory, a copy of the package it can load: every sheet's comments and VML drawing
/// parts dropped, with the relationships, the r:id elements and the content-type overrides that pointed at them.
/// Everything else is copied byte for byte.
/// </summary>
internal static class CommentPartsCleaner
{
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string CommentsType = RelationshipTypes + "comments";
    private const string VmlDrawingType = RelationshipTypes + "vmlDrawing";

    /// <summary>Null when no sheet has comment or VML parts (nothing to clean).</summary>
    public static CleanedPackage? Clean(byte[] package, ImportLimits limits)
    {
        using var archive = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var entries = PackageXml.Entries(archive);
        var droppedParts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var droppedIds = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var comments = new List<OfficerComment>();
        foreach (var (sheetPart, sheetName) in Sheets(entries, limits))
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, type, target) in PackageXml.Relationships(entries, sheetPart, limits))
            {
                if (type is not (CommentsType or VmlDrawingType))
                {
                    continue;
                }

                ids.Add(id);
                droppedParts.Add(target);
                droppedParts.Add(PackageXml.RelsOf(target));
                if (type == CommentsType && entries.TryGetValue(target, out var part))
                {
                    comments.AddRange(OfficerComments.Read(PackageXml.Load(part, limits), sheetName));
                }
            }

            if (ids.Count > 0)
            {
                droppedIds[sheetPart] = ids;
            }
        }

        return droppedIds.Count == 0 ? null : new CleanedPackage(Rewrite(archive, droppedParts, droppedIds, limits), comments);
    }

    /// <summary>Each worksheet's part name and sheet name, as the workbook part and its relationships give them.</summary>
    private static IEnumerable<(string Part, string Name)> Sheets(IReadOnlyDictionary<string, ZipArchiveEntry> entries, ImportLimits limits)
    {
        var workbookPart = PackageXml.Relationships(entries, "", limits)
            .FirstOrDefault(r => r.Type == RelationshipTypes + "officeDocument")?.Target;
        if (workbookPart is null || !entries.TryGetValue(workbookPart, out var workbook))
        {
            return [];
        }

        var targets = PackageXml.Relationships(entries, workbookPart, limits).ToDictionary(r => r.Id, r => r.Target, StringComparer.Ordinal);
        XNamespace main = Ooxml.Main;
        XNamespace r = Ooxml.Relationships;
        return PackageXml.Load(workbook, limits).Descendants(main + "sheet")
            .Select(s => (Id: (string?)s.Attribute(r + "id"), Name: (string?)s.Attribute("name")))
            .Where(s => s.Id is not null && s.Name is not null && targets.ContainsKey(s.Id))
            .Select(s => (targets[s.Id!], s.Name!))
            .ToList();
    }

    private static byte[] Rewrite(
        ZipArchive archive, HashSet<string> droppedParts, Dictionary<string, HashSet<string>> droppedIds, ImportLimits limits)
    {
        var relsToEdit = droppedIds.ToDictionary(s => PackageXml.RelsOf(s.Key), s => s.Value, StringComparer.OrdinalIgnoreCase);
        using var buffer = new MemoryStream();
        using (var cleaned = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Same entries in the same order: [Content_Types].xml stays where the original had it.
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName;
                if (droppedParts.Contains(name))
                {
                    continue;
                }

                byte[]? replaced =
                    droppedIds.TryGetValue(name, out var ids) ? RelationshipIdFilter.Copy(entry.Open(), ids, limits)
                    : relsToEdit.TryGetValue(name, out var relIds) ? WithoutRelationships(PackageXml.Load(entry, limits), relIds)
                    : name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase) ? WithoutOverrides(PackageXml.Load(entry, limits), droppedParts)
                    : null;
                using var output = cleaned.CreateEntry(name, CompressionLevel.Fastest).Open();
                if (replaced is not null)
                {
                    output.Write(replaced);
                }
                else
                {
                    using var input = entry.Open();
                    input.CopyTo(output);
                }
            }
        }

        return buffer.ToArray();
    }

    private static byte[] WithoutRelationships(XDocument rels, IReadOnlySet<string> ids)
    {
        XNamespace ns = Ooxml.PackageRelationships;
        rels.Root?.Elements(ns + "Relationship").Where(r => ids.Contains((string?)r.Attribute("Id") ?? "")).Remove();
        return PackageXml.Save(rels);
    }

    private static byte[] WithoutOverrides(XDocument contentTypes, IReadOnlySet<string> droppedParts)
    {
        XNamespace ns = Ooxml.ContentTypes;
        contentTypes.Root?.Elements(ns + "Override")
            .Where(o => droppedParts.Contains(((string?)o.Attribute("PartName") ?? "").TrimStart('/')))
            .Remove();
        return PackageXml.Save(contentTypes);
    }
}
