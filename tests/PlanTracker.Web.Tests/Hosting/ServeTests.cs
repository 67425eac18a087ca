using Microsoft.Data.Sqlite;
using PlanTracker.Data;

namespace PlanTracker.Web.Tests.Hosting;

/// <summary>What the CLI's <c>serve</c> and <c>demo</c> call: a real Kestrel on 127.0.0.1 and a fresh database.</summary>
public class ServeTests
{
    [Test]
    public async Task ServeAsync_PrintsTheAddressAndTheSetupLink_ServesUntilCancelled()
    {
        var folder = Path.Combine(Path.GetTempPath(), "plantracker-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var written = new StringWriter();
        // Written by the server's thread, read here: Synchronized locks on the wrapper, which Text() locks too.
        var output = TextWriter.Synchronized(written);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var database = PlanTrackerDatabase.SqliteFile(Path.Combine(folder, "plantracker.db"));

        var serving = PlanTrackerWeb.ServeAsync(["--urls", "http://127.0.0.1:0"], database, output: output, cancellationToken: stop.Token);
        string Text()
        {
            lock (output)
            {
                return written.ToString();
            }
        }

        while (!Text().Contains("/setup?token=", StringComparison.Ordinal) && !serving.IsCompleted)
        {
            await Task.Delay(50);
        }

        var lines = Text().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        var address = lines[0].Split(" : ")[1];
        address.Should().StartWith("http://127.0.0.1:");
        lines[1].Should().Contain(address + "/setup?token=");
        using (var http = new HttpClient())
        {
            (await http.GetStringAsync(address + "/health")).Should().Contain("ok");
        }

        await stop.CancelAsync();
        await serving;
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
