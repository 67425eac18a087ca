using System.CommandLine;
using PlanTracker.Cli.Options;
using PlanTracker.Data;
using PlanTracker.Data.Backup;

namespace PlanTracker.Cli.Backup;

/// <summary>
/// <c>plantracker backup --out FILE [--force]</c>: a consistent copy of the SQLite database, taken while it is in use
/// (SQLite online backup). Restoring is copying that file back in place of the database, PlanTracker stopped.
/// </summary>
public static class BackupCommand
{
    public static Command Create(GlobalOptions global, CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Fichier de sauvegarde à écrire", Required = true };
        var force = new Option<bool>("--force") { Description = "Remplace le fichier s'il existe déjà" };
        var command = new Command("backup", "Sauvegarde la base SQLite (copie cohérente, même pendant un import)") { output, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var lang = global.Language(parse);
            var en = lang == "en";
            var database = global.Database(parse, context);
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                throw new UserException(en
                    ? "plantracker backup copies a SQLite database only. For SQL Server, native BACKUP DATABASE is the production answer: BACKUP DATABASE [PlanTracker] TO DISK = N'…\\PlanTracker.bak' WITH CHECKSUM, COMPRESSION, or your host's managed backups, scheduled by the DBA (with log backups for point-in-time restore)."
                    : "plantracker backup ne copie qu'une base SQLite. Pour SQL Server, la réponse en production est la sauvegarde native BACKUP DATABASE : BACKUP DATABASE [PlanTracker] TO DISK = N'…\\PlanTracker.bak' WITH CHECKSUM, COMPRESSION, ou les sauvegardes gérées de l'hébergeur, planifiées par le DBA (avec des sauvegardes du journal pour une restauration à un instant donné).");
            }

            var source = database.Description;
            if (!File.Exists(source))
            {
                throw new UserException(en ? $"No database to back up: {source} does not exist." : $"Aucune base à sauvegarder : {source} n'existe pas.");
            }

            var target = Path.GetFullPath(parse.GetValue(output)!, context.WorkingDirectory);
            if (!Directory.Exists(Path.GetDirectoryName(target)))
            {
                throw new UserException(en ? $"--out: folder not found ({Path.GetDirectoryName(target)})." : $"--out : dossier introuvable ({Path.GetDirectoryName(target)}).");
            }

            if (string.Equals(target, Path.GetFullPath(source), StringComparison.Ordinal))
            {
                throw new UserException(en ? "--out names the database itself: choose another file." : "--out désigne la base elle-même : choisissez un autre fichier.");
            }

            if (File.Exists(target) && !parse.GetValue(force))
            {
                throw new UserException(en
                    ? $"{target} already exists: choose another name, or add --force to replace it."
                    : $"{target} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.");
            }

            long size;
            try
            {
                size = await SqliteBackup.WriteAsync(database, target, overwrite: parse.GetValue(force), cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserException(en ? $"Cannot write the backup: {e.Message}" : $"Impossible d'écrire la sauvegarde : {e.Message}");
            }

            var kilobytes = Math.Max(1, size / 1024);
            await context.Out.WriteLineAsync(en
                ? $"Backup of {source} written to {target} ({kilobytes:N0} KB). To restore: stop PlanTracker, delete {Path.GetFileName(source)}-wal and -shm, copy the backup over {Path.GetFileName(source)}."
                : $"Sauvegarde de {source} écrite dans {target} ({kilobytes:N0} Ko). Pour restaurer : arrêtez PlanTracker, supprimez {Path.GetFileName(source)}-wal et -shm, copiez la sauvegarde à la place de {Path.GetFileName(source)}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
