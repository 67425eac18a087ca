using Microsoft.Data.Sqlite;

namespace PlanTracker.Data.Schema;

/// <summary>Turns SQLite's error codes into sentences a planning officer can act on.</summary>
internal static class SqliteMessages
{
    public static string Describe(SqliteException e, string file) => e.SqliteErrorCode switch
    {
        5 or 6 => $"La base de données « {file} » est verrouillée par un autre programme (import en cours ?). Réessayez dans un instant.",
        8 => $"La base de données « {file} » est en lecture seule : vérifiez les droits sur le fichier et son dossier.",
        11 or 26 => $"Le fichier « {file} » n'est pas une base PlanTracker lisible (fichier endommagé ou d'un autre type).",
        14 => $"Impossible d'ouvrir la base de données « {file} » : le dossier n'existe pas ou n'est pas accessible.",
        _ => $"Erreur de la base de données « {file} » : {e.Message}",
    };
}
