using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using PlanTracker.Data;
using PlanTracker.Data.Sessions;

namespace PlanTracker.Web.Security;

/// <summary>
/// The data-protection key ring in the database (<see cref="DataProtectionKeyStore"/>), so that every instance, and
/// a restarted one, reads the cookies and antiforgery tokens the others wrote.
/// </summary>
internal sealed class DatabaseKeyRepository(DataProtectionKeyStore keys) : IXmlRepository
{
    // IXmlRepository is synchronous. ASP.NET Core calls it only when it (re)loads the key ring (at start, about once a
    // day, or for a key it does not know yet), and has no synchronisation context to deadlock on.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        keys.AllAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml)).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        keys.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
}
