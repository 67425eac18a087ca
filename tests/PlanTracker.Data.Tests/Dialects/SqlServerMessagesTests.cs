using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Authentication;
using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Tests.Dialects;

/// <summary>Each way a first contact with SQL Server fails gets a French sentence naming the server and the cause.</summary>
public class SqlServerMessagesTests
{
    private const string Server = "sql.example.org,1433";

    [Test]
    public void BadLogin_SaysTheCredentialsAreRefused()
    {
        var message = SqlServerMessages.Describe(18456, "Login failed for user 'sa'.", null, Server, "plantracker");

        message.Should().Contain($"« {Server} »").And.Contain("identifiant ou mot de passe incorrect").And.Contain("18456");
    }

    [Test]
    public void UntrustedCertificate_SaysSoAndHowToFixIt()
    {
        const string text = "A connection was successfully established with the server, but then an error occurred during the login process. " +
            "(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)";

        var byText = SqlServerMessages.Describe(-2146893019, text, null, Server, "plantracker");
        var byInner = SqlServerMessages.Describe(0, "error during the pre-login handshake", new AuthenticationException("remote certificate is invalid"), Server, "");

        byText.Should().Contain($"« {Server} »").And.Contain("certificat").And.Contain("TrustServerCertificate=True");
        byInner.Should().Be(byText);
    }

    [Test]
    public void RefusedConnection_SaysTheServerIsUnreachable()
    {
        const string text = "A network-related or instance-specific error occurred while establishing a connection to SQL Server.";

        var message = SqlServerMessages.Describe(0, text, new SocketException(111), Server, "plantracker");

        message.Should().Contain($"« {Server} »").And.Contain("injoignable");
    }

    [TestCase(11001, "introuvable")]
    [TestCase(-2, "n'a pas répondu")]
    [TestCase(4060, "ne peut pas ouvrir la base « plantracker »")]
    [TestCase(53, "injoignable")]
    [TestCase(18486, "verrouillé")]
    [TestCase(18488, "expiré")]
    public void OtherCauses_AreNamed(int number, string expected)
    {
        SqlServerMessages.Describe(number, "whatever", null, Server, "plantracker").Should().Contain($"« {Server} »").And.Contain(expected);
    }

    [Test]
    public void SomethingElseOnThePort_SaysItIsNotASqlServer()
    {
        const string text = "A connection was successfully established with the server, but then an error occurred during the pre-login handshake.";

        SqlServerMessages.Describe(0, text, null, Server, "plantracker").Should().Contain("ne répond pas comme un SQL Server");
    }

    [Test]
    public void AnythingElse_KeepsTheServersOwnMessage()
    {
        SqlServerMessages.Describe(229, "The SELECT permission was denied.", null, Server, "plantracker")
            .Should().Contain($"« {Server} »").And.Contain("229").And.Contain("The SELECT permission was denied.");
    }

    [Test]
    public async Task ClosedPort_FailsWithinSecondsWithAClearMessage()
    {
        var database = new PlanTrackerDatabase(DatabaseProvider.SqlServer, "Server=127.0.0.1,1;Database=plantracker;Connect Timeout=3");
        var clock = Stopwatch.StartNew();

        var act = async () => await database.MigrateAsync();

        var failure = await act.Should().ThrowAsync<DatabaseException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        failure.Which.Message.Should().Contain("« 127.0.0.1,1 »").And.Contain("injoignable").And.NotContain("   at ");
    }

    [Test]
    public void MalformedConnectionString_IsADatabaseExceptionNamingTheKeyword()
    {
        var act = () => new PlanTrackerDatabase(DatabaseProvider.SqlServer, "Serveur=db;Password=secret");

        act.Should().Throw<DatabaseException>().Which.Message.Should().Contain("invalide").And.Contain("serveur").And.NotContain("secret");
    }

    [Test]
    public void ConnectTimeout_IsShortUnlessTheConnectionStringSetsOne()
    {
        var implicitTimeout = new PlanTrackerDatabase(DatabaseProvider.SqlServer, "Server=db;Database=plantracker");
        var explicitTimeout = new PlanTrackerDatabase(DatabaseProvider.SqlServer, "Server=db;Database=plantracker;Connection Timeout=30");

        new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(implicitTimeout.ConnectionString).ConnectTimeout.Should().Be(5);
        new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(explicitTimeout.ConnectionString).ConnectTimeout.Should().Be(30);
        implicitTimeout.Description.Should().Be("db");
    }
}
