using System.Text.Json.Nodes;
using PlanTracker.Core.Text;
using PlanTracker.Import.Importing;
using PlanTracker.Import.Preview;

namespace PlanTracker.Cli.Imports;

/// <summary>
/// What the officer reads after an import: one line per workbook and its effect on the figures, every error on standard
/// error; with <paramref name="json"/>, one JSON document on standard output at the end instead of the lines.
/// </summary>
public sealed class ImportReport(CliContext context, string lang, bool json = false)
{
    private readonly List<JsonObject> _json = [];
    private int _imported;
    private int _already;
    private int _rejected;

    private bool En => lang == "en";

    public async Task WriteAsync(WorkbookImportResult result)
    {
        if (json)
        {
            _json.Add(ImportJson.File(result, lang));
        }

        if (result.Rejected)
        {
            _rejected++;
            var count = result.Errors.Count;
            await context.Error.WriteLineAsync(En
                ? $"{result.FileName}: rejected, {count} error(s) — nothing was stored:"
                : $"{result.FileName} : refusé, {count} erreur(s) — rien n'a été enregistré :");
            foreach (var error in result.Errors)
            {
                await context.Error.WriteLineAsync("  " + error.Describe(lang));
            }

            return;
        }

        if (result.AlreadyImported is { } batch)
        {
            _already++;
            if (json)
            {
                return;
            }

            var when = Display.DateTime(new DateTimeOffset(batch.ImportedAtUtc, TimeSpan.Zero), lang);
            await context.Out.WriteLineAsync(En
                ? $"{result.FileName}: already imported on {when} UTC (batch {batch.Id}) — nothing changed."
                : $"{result.FileName} : déjà importé le {when} UTC (lot {batch.Id}) — aucune modification.");
            return;
        }

        _imported++;
        await WriteWarningsAsync(result);
        if (json)
        {
            return;
        }

        var o = result.Outcome!;
        var head = o.DryRun
            ? (En ? $"{result.FileName}: valid (dry run, nothing stored) — would" : $"{result.FileName} : valide (essai, rien n'est enregistré) — ")
            : (En ? $"{result.FileName}: imported (batch {o.BatchId}) —" : $"{result.FileName} : importé (lot {o.BatchId}) — ");
        await context.Out.WriteLineAsync(En
            ? $"{head} jobs: {o.JobsAdded} added, {o.JobsUpdated} updated, {o.JobsUnchanged} unchanged; cooperatives: {o.CoopsAdded} added, {o.CoopsUpdated} updated, {o.CoopsUnchanged} unchanged."
            : $"{head}lignes d'emplois : {o.JobsAdded} ajoutée(s), {o.JobsUpdated} modifiée(s), {o.JobsUnchanged} inchangée(s) ; coopératives : {o.CoopsAdded} ajoutée(s), {o.CoopsUpdated} modifiée(s), {o.CoopsUnchanged} inchangée(s).");
        foreach (var line in result.Preview is { } preview ? PreviewText.Lines(preview, lang) : [])
        {
            await context.Out.WriteLineAsync("  " + line);
        }
    }

    public async Task WriteSummaryAsync(int files, int unreadable)
    {
        if (json)
        {
            if (_json.Count > 0)
            {
                await context.Out.WriteLineAsync(ImportJson.Write(_json, several: files > 1));
            }

            return;
        }

        if (files < 2)
        {
            return;
        }

        await context.Out.WriteLineAsync(En
            ? $"{files} file(s): {_imported} imported, {_already} already imported, {_rejected} rejected, {unreadable} unreadable."
            : $"{files} fichier(s) : {_imported} importé(s), {_already} déjà importé(s), {_rejected} refusé(s), {unreadable} illisible(s).");
    }

    private async Task WriteWarningsAsync(WorkbookImportResult result)
    {
        foreach (var warning in result.Parsed?.Warnings ?? [])
        {
            await context.Error.WriteLineAsync((En ? "  note: " : "  remarque : ") + warning.Describe(lang));
        }
    }
}
