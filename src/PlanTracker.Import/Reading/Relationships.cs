using System.Xml;

namespace PlanTracker.Import.Reading;

/// <summary>Reads a .rels part: relationship id → (type, resolved target part).</summary>
internal static class Relationships
{
    /// <summary>Internal targets only, resolved against <paramref name="sourcePart"/> ("" for the package root).</summary>
    public static IReadOnlyList<Relationship> Load(XmlReader reader, string sourcePart)
    {
        var list = new List<Relationship>();
        using (reader)
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != Ooxml.PackageRelationships)
                {
                    continue;
                }

                var id = reader.GetAttribute("Id");
                var target = reader.GetAttribute("Target");
                if (id is null || target is null || reader.GetAttribute("TargetMode") == "External")
                {
                    continue;
                }

                list.Add(new Relationship(id, reader.GetAttribute("Type") ?? "", PartPath.Resolve(sourcePart, target)));
            }
        }

        return list;
    }

    public static Relationship? OfType(this IReadOnlyList<Relationship> relationships, string typeSuffix) =>
        relationships.FirstOrDefault(r => r.Type.EndsWith(typeSuffix, StringComparison.Ordinal));
}
