using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PlanTracker.Web.Layout;

/// <summary>
/// A page whose whole answer is kept until it is complete, then sent with its <c>Content-Length</c> instead of in chunks:
/// the dashboard, whose chart sections (<see cref="PageTail"/>) are already bytes and are referenced rather than
/// copied. Browsers know the size of what is coming, and a failure while rendering can still answer with the error
/// page, since nothing has been sent yet. The page's own markup is copied into pooled buffers (about 10 KB).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KnownLengthAttribute : Attribute, IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        var original = http.Features.Get<IHttpResponseBodyFeature>()!;
        using var body = new KnownLengthBody();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body, original));
        try
        {
            await next();
        }
        finally
        {
            http.Features.Set(original);
        }

        if (!http.Response.HasStarted)
        {
            http.Response.ContentLength = body.Length;
        }

        await body.WriteToAsync(original.Stream, http.RequestAborted);
    }
}

/// <summary>
/// The response as it is written: small writes copied into pooled buffers, large immutable blocks kept by reference
/// (<see cref="Append"/>), in order.
/// </summary>
public sealed class KnownLengthBody : Stream
{
    private const int ChunkSize = 16 * 1024;

    private readonly List<ReadOnlyMemory<byte>> _segments = [];
    private readonly List<byte[]> _rented = [];
    private byte[]? _chunk;
    private int _chunkStart;
    private int _chunkUsed;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>Adds <paramref name="block"/> without copying it: it must not change until the response is sent.</summary>
    public void Append(ReadOnlyMemory<byte> block)
    {
        CloseChunkSegment();
        _segments.Add(block);
        _length += block.Length;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_chunk is null || _chunkUsed == _chunk.Length)
            {
                CloseChunkSegment();
                _chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
                _rented.Add(_chunk);
                _chunkStart = _chunkUsed = 0;
            }

            var n = Math.Min(buffer.Length, _chunk.Length - _chunkUsed);
            buffer[..n].CopyTo(_chunk.AsSpan(_chunkUsed));
            _chunkUsed += n;
            _length += n;
            buffer = buffer[n..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Everything written, in order.</summary>
    public async Task WriteToAsync(Stream destination, CancellationToken cancellationToken)
    {
        CloseChunkSegment();
        foreach (var segment in _segments)
        {
            await destination.WriteAsync(segment, cancellationToken);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var array in _rented)
            {
                ArrayPool<byte>.Shared.Return(array);
            }

            _rented.Clear();
            _segments.Clear();
            _chunk = null;
        }

        base.Dispose(disposing);
    }

    // The bytes copied since the last segment become one, so that a block appended next comes after them.
    private void CloseChunkSegment()
    {
        if (_chunk is not null && _chunkUsed > _chunkStart)
        {
            _segments.Add(_chunk.AsMemory(_chunkStart, _chunkUsed - _chunkStart));
            _chunkStart = _chunkUsed;
        }
    }
}
