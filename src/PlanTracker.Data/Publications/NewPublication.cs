namespace PlanTracker.Data.Publications;

/// <summary>What <see cref="PublicationStore.AddAsync"/> writes: a <see cref="Publication"/> before it has an id and a time.</summary>
public sealed record NewPublication(
    string Quarter,
    string PublishedBy,
    string? Note,
    string DataVersion,
    long LastBatchId,
    string LastComplete,
    string StatusJson,
    string FlowsJson);
