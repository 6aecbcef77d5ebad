window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "amelie@example.org",
      "createdVia" : "web",
      "username" : "amelie_durand",
      "accountId" : "100200300",
      "createdAt" : "2009-02-11T09:15:00.000Z",
      "accountDisplayName" : "Amélie Durand"
    }
  }
]
