namespace PlanTracker.Import.Reading;

/// <summary>
/// Refuses an XML part that runs on for <see cref="MaxRun"/> bytes without a <c>&gt;</c>: XmlReader holds a whole start
/// tag (and each attribute value) in memory, so one 150-million-character attribute cost 665 MB. Text is streamed and
/// cut elsewhere (<see cref="Ooxml.ReadBoundedText"/>); nothing Excel or LibreOffice writes comes near this run.
/// </summary>
internal sealed class MarkupGuardStream(Stream inner) : Stream
{
    public const int MaxRun = 8 * 1024 * 1024;

    private long _run;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var fresh = buffer[..read];
        var first = fresh.IndexOf((byte)'>');
        if (first < 0)
        {
            _run += read;
        }
        else
        {
            // Gaps inside one read are shorter than the read itself, far below the limit.
            _run += first;
            Check();
            _run = read - fresh.LastIndexOf((byte)'>') - 1;
        }

        Check();
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check()
    {
        if (_run > MaxRun)
        {
            throw new WorkbookFormatException(
                "une partie XML court sur plus de 8 Mo sans balise (valeur démesurée), limite de sécurité",
                "an XML part runs for more than 8 MB without a tag (an outsized value), a safety limit");
        }
    }
}
