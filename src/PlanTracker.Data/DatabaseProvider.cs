namespace PlanTracker.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
