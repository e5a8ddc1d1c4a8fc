using Microsoft.AspNetCore.SignalR;

namespace Briefing.Web.Live;

/// <summary>The SignalR hub for external clients (/hubs/briefing). Read-only: clients listen, the server sends
/// ArticleIngested and StatementsAdded (see README). Nothing is invoked on it.</summary>
public sealed class BriefingHub : Hub;
