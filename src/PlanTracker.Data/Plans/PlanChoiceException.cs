namespace PlanTracker.Data.Plans;

/// <summary>
/// No plan, or not one plan, answers the choice given (<c>--plan</c>, <c>Web:Plan</c>): the message lists the plans
/// the database holds, one per line, so that the user can pick one.
/// </summary>
public sealed class PlanChoiceException(string message) : Exception(message);
