using System.Buffers.Binary;
using System.Text;

namespace PlanTracker.Testing.Workbooks;

/// <summary>
/// A minimal but well-formed OLE compound file (CFB version 3): what an encrypted .xlsx ("EncryptionInfo",
/// "EncryptedPackage") and an Excel 97-2003 .xls ("Workbook") are on disk. Streams are padded to 4,096 bytes so that
/// they live in regular sectors and no mini stream is needed.
/// </summary>
public static class CompoundFile
{
    private const int SectorSize = 512;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint Free = 0xFFFFFFFF;
    private const int StreamSectors = 4096 / SectorSize;

    public static byte[] EncryptedWorkbook() =>
        Build(("EncryptionInfo", "\u0004\u0000\u0004\u0000\u0040\u0000\u0000\u0000 <encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\"/>"u8.ToArray()),
            ("EncryptedPackage", new byte[4096]));

    public static byte[] LegacyXls() => Build(("Workbook", new byte[4096]));

    public static byte[] Build(params (string Name, byte[] Content)[] streams)
    {
        var sectors = 2 + streams.Length * StreamSectors;
        var file = new byte[SectorSize * (1 + sectors)];
        var header = file.AsSpan(0, SectorSize);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // directory at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + 4 * i)..], i == 0 ? 0 : Free);
        }

        var fat = Sector(file, 0);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], EndOfChain);
        var directory = Sector(file, 1);
        Entry(directory, 0, "Root Entry", 5, child: 1, right: Free, start: EndOfChain, size: 0);
        for (var s = 0; s < streams.Length; s++)
        {
            var first = 2 + s * StreamSectors;
            for (var k = 0; k < StreamSectors; k++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * (first + k))..], k == StreamSectors - 1 ? EndOfChain : (uint)(first + k + 1));
            }

            var content = streams[s].Content.AsSpan(0, Math.Min(streams[s].Content.Length, 4096));
            content.CopyTo(file.AsSpan(SectorSize * (1 + first)));
            Entry(directory, 1 + s, streams[s].Name, 2, child: Free, right: s + 1 < streams.Length ? (uint)(2 + s) : Free, start: (uint)first, size: 4096);
        }

        for (var unused = 1 + streams.Length; unused < SectorSize / 128; unused++)
        {
            var e = directory.Slice(unused * 128, 128);
            BinaryPrimitives.WriteUInt32LittleEndian(e[68..], Free);
            BinaryPrimitives.WriteUInt32LittleEndian(e[72..], Free);
            BinaryPrimitives.WriteUInt32LittleEndian(e[76..], Free);
        }

        return file;
    }

    private static Span<byte> Sector(byte[] file, int index) => file.AsSpan(SectorSize * (1 + index), SectorSize);

    private static void Entry(Span<byte> directory, int index, string name, byte type, uint child, uint right, uint start, uint size)
    {
        var e = directory.Slice(index * 128, 128);
        Encoding.Unicode.GetBytes(name).CopyTo(e);
        BinaryPrimitives.WriteUInt16LittleEndian(e[64..], (ushort)((name.Length + 1) * 2));
        e[66] = type;
        e[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(e[68..], Free);
        BinaryPrimitives.WriteUInt32LittleEndian(e[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(e[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(e[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(e[120..], size);
    }
}
