namespace PlanTracker.Data.Publications;

/// <summary>
/// One published quarter as stored, never changed after it is written: the <c>status --format json</c> document of
/// that quarter (<see cref="StatusJson"/>, byte for byte), the flows it was computed from, who published it and when.
/// </summary>
/// <param name="DataVersion">The data version the figures came from, as the dashboard's cache knows it.</param>
/// <param name="LastBatchId">The newest batch id (of any plan) when it was published: a later batch has a greater id.</param>
/// <param name="LastComplete">The last complete quarter when it was published, which the forecast depends on.</param>
public sealed record Publication(
    long Id,
    int PlanId,
    string Quarter,
    DateTimeOffset PublishedAtUtc,
    string PublishedBy,
    string? Note,
    string DataVersion,
    long LastBatchId,
    string LastComplete,
    string StatusJson,
    string FlowsJson);
