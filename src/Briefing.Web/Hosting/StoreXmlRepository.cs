using System.Xml.Linq;
using Briefing.Data.Schema;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Briefing.Web.Hosting;

/// <summary>Keeps the data-protection key ring in the store (table data_protection_keys) instead of the local
/// profile: a restart or a second node reads the same keys, so cookies and protected storage stay valid.</summary>
public sealed class StoreXmlRepository(DataProtectionKeyStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => store.All().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        store.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
