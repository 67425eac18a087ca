using Microsoft.AspNetCore.Mvc.Razor;

namespace PlanTracker.Web.Localization;

/// <summary>The same helpers as <see cref="LocalizedPage"/> for the layout, which is a view rather than a page.</summary>
public abstract class LocalizedView<TModel> : RazorPage<TModel>
{
    public string Lang => Language.Of(Context);

    public string T(string fr, string en) => Lang == "en" ? en : fr;
}
