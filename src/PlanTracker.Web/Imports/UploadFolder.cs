using System.Text.Json;
using PlanTracker.Core.Text;

namespace PlanTracker.Web.Imports;

/// <summary>
/// Uploaded workbooks waiting for confirmation: kept outside the web root under a generated name (a GUID), with the
/// original name and the uploader beside it. Files older than a day are removed.
/// </summary>
public sealed class UploadFolder(string directory, TimeProvider time)
{
    public string Directory => directory;

    public async Task<string> SaveAsync(byte[] bytes, string fileName, string user, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(directory);
        RemoveOld();
        var id = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(Path.Combine(directory, id + ".xlsx"), bytes, cancellationToken);
        var meta = new PendingUpload(id, SafeName(fileName), user, time.GetUtcNow());
        await File.WriteAllTextAsync(Path.Combine(directory, id + ".json"), JsonSerializer.Serialize(meta), cancellationToken);
        return id;
    }

    /// <summary>The upload and its bytes, when <paramref name="id"/> names one (a GUID, nothing else reaches the disk).</summary>
    public async Task<(PendingUpload Upload, byte[] Bytes)?> LoadAsync(string? id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "N", out var guid))
        {
            return null;
        }

        var stem = Path.Combine(directory, guid.ToString("N"));
        if (!File.Exists(stem + ".xlsx") || !File.Exists(stem + ".json"))
        {
            return null;
        }

        var meta = JsonSerializer.Deserialize<PendingUpload>(await File.ReadAllTextAsync(stem + ".json", cancellationToken));
        return meta is null ? null : (meta, await File.ReadAllBytesAsync(stem + ".xlsx", cancellationToken));
    }

    public void Delete(string id)
    {
        if (Guid.TryParseExact(id, "N", out var guid))
        {
            File.Delete(Path.Combine(directory, guid.ToString("N") + ".xlsx"));
            File.Delete(Path.Combine(directory, guid.ToString("N") + ".json"));
        }
    }

    // The name is only ever shown and recorded, never used as a path: keep its last segment, printable characters.
    public static string SafeName(string fileName) => FileNames.Clean(fileName);

    private void RemoveOld()
    {
        var limit = time.GetUtcNow().UtcDateTime.AddDays(-1);
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles())
        {
            if (file.LastWriteTimeUtc < limit)
            {
                file.Delete();
            }
        }
    }
}
