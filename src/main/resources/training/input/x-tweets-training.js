window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/AbCdEf1234",
            "expanded_url" : "https://www.example.org/blog/twitter-en-entreprise",
            "display_url" : "example.org/blog/twitter-e…",
            "indices" : [ "58", "81" ]
          }
        ]
      },
      "display_text_range" : [ "0", "81" ],
      "favorite_count" : "12",
      "id_str" : "1657435576369332225",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1657435576369332225",
      "created_at" : "Sat May 13 17:20:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Twitter en entreprise : nos cinq conseils &amp; un exemple https://t.co/AbCdEf1234",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ { "name" : "Yann", "screen_name" : "yann", "indices" : [ "0", "5" ], "id_str" : "42", "id" : "42" } ],
        "urls" : [ ]
      },
      "display_text_range" : [ "6", "40" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1657400000000000000",
      "id_str" : "1657436000000000001",
      "in_reply_to_user_id" : "42",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1657436000000000001",
      "in_reply_to_status_id" : "1657400000000000000",
      "created_at" : "Sun May 14 08:02:45 +0000 2023",
      "favorited" : false,
      "full_text" : "@yann D'accord, la sécurité d'abord.",
      "lang" : "fr",
      "in_reply_to_screen_name" : "yann",
      "in_reply_to_user_id_str" : "42"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ { "name" : "Marque", "screen_name" : "marque", "indices" : [ "3", "10" ], "id_str" : "7", "id" : "7" } ],
        "urls" : [ ]
      },
      "favorite_count" : "0",
      "id_str" : "1657437000000000002",
      "retweet_count" : "25",
      "id" : "1657437000000000002",
      "created_at" : "Sun May 14 09:00:00 +0000 2023",
      "full_text" : "RT @marque: Notre communiqué sur la crise de ce matin",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/amelie_durand/status/1657438000000000003/photo/1",
            "indices" : [ "0", "23" ],
            "url" : "https://t.co/PhOtO98765",
            "id_str" : "1657437999999999999",
            "type" : "photo"
          }
        ]
      },
      "favorite_count" : "4",
      "id_str" : "1657438000000000003",
      "retweet_count" : "0",
      "id" : "1657438000000000003",
      "created_at" : "Sun May 14 10:30:00 +0000 2023",
      "full_text" : "https://t.co/PhOtO98765",
      "lang" : "zxx"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/QuOtE55555",
            "expanded_url" : "https://twitter.com/marque/status/1657437500000000000",
            "display_url" : "twitter.com/marque/status/…",
            "indices" : [ "27", "50" ]
          }
        ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/amelie_durand/status/1657439000000000004/photo/1",
            "url" : "https://t.co/MeDiA00000",
            "type" : "photo"
          }
        ]
      },
      "favorite_count" : "7",
      "id_str" : "1657439000000000004",
      "retweet_count" : "2",
      "id" : "1657439000000000004",
      "created_at" : "Mon May 15 23:59:59 +0000 2023",
      "full_text" : "Une réponse de crise ratée https://t.co/QuOtE55555 https://t.co/MeDiA00000",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "favorite_count" : "0",
      "id_str" : "1657440000000000005",
      "retweet_count" : "0",
      "id" : "1657440000000000005",
      "created_at" : "sometime in May",
      "full_text" : "Un tweet à la date illisible",
      "lang" : "und"
    }
  }
]
