using System.Net.Sockets;
using System.Security.Authentication;

namespace PlanTracker.Data.Dialects;

/// <summary>Turns SQL Server connection failures into sentences that name the server and the cause.</summary>
internal static class SqlServerMessages
{
    public static string Describe(int number, string message, Exception? inner, string server, string database) =>
        Cause(number, message, inner) switch
        {
            Failure.Certificate =>
                $"Le serveur SQL Server « {server} » présente un certificat TLS non reconnu par cette machine : installez un certificat " +
                "de confiance sur le serveur (ou, pour un serveur de test seulement, ajoutez TrustServerCertificate=True à la chaîne de connexion).",
            Failure.Login =>
                $"Le serveur SQL Server « {server} » refuse la connexion : identifiant ou mot de passe incorrect, ou connexion SQL " +
                "désactivée (erreur 18456). Vérifiez User ID et Password dans la chaîne de connexion.",
            Failure.LockedOut =>
                $"Le serveur SQL Server « {server} » refuse la connexion : ce compte est verrouillé après trop d'échecs (erreur 18486). " +
                "Demandez à l'administrateur de la base de le déverrouiller.",
            Failure.PasswordExpired =>
                $"Le serveur SQL Server « {server} » refuse la connexion : le mot de passe de ce compte a expiré ou doit être changé " +
                $"(erreur {number}).",
            Failure.Handshake =>
                $"Le serveur « {server} » a accepté la connexion mais ne répond pas comme un SQL Server : mauvais port, ou un autre " +
                "service (proxy, pare-feu) à cette adresse ?",
            Failure.Database =>
                $"Le serveur SQL Server « {server} » ne peut pas ouvrir la base « {database} » : elle n'existe pas ou ce compte n'y a pas accès " +
                "(erreur 4060). Créez-la, ou donnez les droits au compte.",
            Failure.UnknownHost =>
                $"Le serveur SQL Server « {server} » est introuvable : ce nom d'hôte n'existe pas (vérifiez Server= dans la chaîne de connexion).",
            Failure.Timeout =>
                $"Le serveur SQL Server « {server} » n'a pas répondu dans le délai (Connect Timeout) : serveur arrêté, pare-feu, ou mauvais port ?",
            Failure.Unreachable =>
                $"Le serveur SQL Server « {server} » est injoignable : rien n'écoute à cette adresse et ce port (service arrêté, pare-feu, " +
                "ou mauvais port ?).",
            _ => $"Erreur du serveur SQL Server « {server} » (erreur {number}) : {message}",
        };

    private static Failure Cause(int number, string message, Exception? inner)
    {
        var chain = Chain(inner).ToList();
        if (chain.Any(e => e is AuthenticationException) || message.Contains("certificate", StringComparison.OrdinalIgnoreCase))
        {
            return Failure.Certificate;
        }

        return number switch
        {
            18456 or 18452 => Failure.Login,
            18486 => Failure.LockedOut,
            18487 or 18488 => Failure.PasswordExpired,
            4060 => Failure.Database,
            11001 => Failure.UnknownHost,
            -2 or 258 => Failure.Timeout,
            2 or 53 or 40 or 10061 => Failure.Unreachable,
            _ when message.Contains("pre-login handshake", StringComparison.OrdinalIgnoreCase) => Failure.Handshake,
            _ when chain.Any(e => e is SocketException) || message.Contains("network-related", StringComparison.OrdinalIgnoreCase) =>
                Failure.Unreachable,
            _ => Failure.Other,
        };
    }

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private enum Failure
    {
        Other,
        Certificate,
        Login,
        LockedOut,
        PasswordExpired,
        Handshake,
        Database,
        UnknownHost,
        Timeout,
        Unreachable,
    }
}
