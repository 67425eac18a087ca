using System.Net;
using System.Net.Sockets;

namespace PlanTracker.Cli.Tests.Web;

public class ServeCommandTests
{
    [Test]
    public async Task Serve_AnswersHealthAndPrintsTheAddressAndTheSetupLink()
    {
        using var cli = new CliRun();
        var url = $"http://127.0.0.1:{FreePort()}";
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = new StringWriter();
        var context = new CliContext(output, new StringWriter(), TimeProvider.System) { WorkingDirectory = cli.Folder };
        var serving = CliApp.RunAsync(["serve", "--urls", url], context, stop.Token);

        using var http = new HttpClient();
        HttpResponseMessage? health = null;
        for (var attempt = 0; attempt < 100 && health is null; attempt++)
        {
            try
            {
                health = await http.GetAsync(url + "/health", stop.Token);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, stop.Token);
            }
        }

        await stop.CancelAsync();
        await serving;
        health.Should().NotBeNull("the dashboard must start");
        health!.StatusCode.Should().Be(HttpStatusCode.OK);
        output.ToString().Should().Contain("Tableau de bord : " + url).And.Contain("/setup?token=");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
