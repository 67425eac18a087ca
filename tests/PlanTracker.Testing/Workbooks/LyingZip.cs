using System.Text;

namespace PlanTracker.Testing.Workbooks;

/// <summary>Rewrites a zip so that one entry declares a smaller uncompressed size than it holds (both headers).</summary>
public static class LyingZip
{
    public static byte[] DeclareSmallSizes(byte[] zip, string entryName, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            // Local header: size at +22, name length at +26, name at +30. Central header: +24, +28, +46.
            var (sizeAt, nameLengthAt, nameAt) = signature switch
            {
                0x04034b50 => (22, 26, 30),
                0x02014b50 => (24, 28, 46),
                _ => (-1, -1, -1),
            };
            if (sizeAt < 0 || BitConverter.ToUInt16(bytes, i + nameLengthAt) != name.Length
                || !bytes.AsSpan(i + nameAt, name.Length).SequenceEqual(name))
            {
                continue;
            }

            BitConverter.GetBytes(declared).CopyTo(bytes, i + sizeAt);
            patched++;
        }

        return patched == 2 ? bytes : throw new InvalidOperationException($"Expected two headers for {entryName}, patched {patched}.");
    }
}
