namespace PlanTracker.Web.Account;

/// <summary>What adding an account or changing a password did; the CLI maps anything but Done to exit code 1.</summary>
public enum AccountChange
{
    Done,
    UnknownUser,
    WeakPassword,
    NameTaken,
    InvalidName,
    InvalidRole,
    NoRole,
}

public static class AccountChanges
{
    public static string Describe(this AccountChange change, string lang) => (change, lang == "en") switch
    {
        (AccountChange.Done, false) => "C'est fait.",
        (AccountChange.Done, true) => "Done.",
        (AccountChange.UnknownUser, false) => "Aucun compte ne porte ce nom.",
        (AccountChange.UnknownUser, true) => "No account has this name.",
        (AccountChange.WeakPassword, false) => PasswordRules.RuleFr,
        (AccountChange.WeakPassword, true) => PasswordRules.RuleEn,
        (AccountChange.NameTaken, false) => "Ce nom est déjà pris.",
        (AccountChange.NameTaken, true) => "This name is taken.",
        (AccountChange.InvalidName, false) => "Le nom doit compter 1 à 64 caractères : lettres, chiffres, point, tiret, souligné ou @.",
        (AccountChange.InvalidName, true) => "The name must be 1 to 64 characters: letters, digits, dot, hyphen, underscore or @.",
        (AccountChange.InvalidRole, false) => "Le rôle est admin, planner, analyst ou viewer.",
        (AccountChange.NoRole, false) => "Ce compte n'a pas de rôle sur ce plan.",
        (AccountChange.NoRole, true) => "This account has no role on this plan.",
        (_, _) => "The role is admin, planner, analyst or viewer.",
    };
}
