# Machi — बस (おーバス) नेपालीमा। Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = おーバス का सूचनाहरू
bus-notices-none = अहिले कुनै सूचना छैन।

## Finding a stop

bus-search-title = बस बिसौनी खोज्नुहोस्
bus-search-label = बिसौनीको नाम
bus-search-hint = कान्जी, हिरागाना, काताकाना वा रोमाजीमा, अर्को भाषामा, वा बिसौनीको नम्बरले खोज्न सकिन्छ।
bus-stops-count = { $count } वटा बस बिसौनी
bus-stops-none = भेटिएन। अर्को तरिकाले लेखेर खोज्नुहोस्।
bus-stop-platforms = प्लेटफर्म { $platforms }
bus-stop-code = नम्बर { $code }
bus-platform = प्लेटफर्म { $platform }
bus-routes-title = रुटहरू
bus-offline = समयतालिका यही यन्त्रमा राखिएको छ, त्यसैले इन्टरनेट बिना पनि हेर्न सकिन्छ।

## Next departures

bus-back = おーバス मा फर्कनुहोस्
bus-departures-title = अर्को बसहरू
bus-at-legend = छुट्ने मिति र समय
bus-at-date = मिति
bus-at-time = समय
bus-at-submit = यो समयदेखिका बस हेर्नुहोस्
bus-at-now = अहिलेको समय प्रयोग गर्नुहोस्
bus-error-date = मिति लेख्नुहोस्।
bus-error-time = समय लेख्नुहोस्।
# $time is a date and time; $count a number.
bus-departures-count = { $time } देखि { $count } वटा बस
bus-departures-none = { $time } पछि छुट्ने बस छैन।
bus-departure-time = छुट्ने समय
bus-bound-for = गन्तव्य
bus-route = रुट
bus-in-minutes = { $minutes ->
    [0] अहिले छुट्दैछ
   *[other] { $minutes } मिनेटपछि
}
bus-next-day = भोलिपल्ट
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = समयतालिकामा { $time }

## A line's timetable

bus-timetable-title = समयतालिका
bus-timetable-date = मिति
bus-timetable-show = यो दिनको समयतालिका हेर्नुहोस्
bus-timetable-none = यो दिन बस चल्दैन।
bus-timetable-trips = { $count } वटा बस
bus-trip-from = { $time } मा छुट्छ
bus-trip-stop = बिसौनी
bus-trip-time = समय
bus-load-failed = समयतालिका खोल्न सकिएन। { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, { $at } देखि छुट्ने बसहरू:
bus-cli-minutes = { $minutes } मिनेटपछि
bus-cli-none = यो समयपछि छुट्ने बस छैन।
bus-cli-stops-none = बस बिसौनी भेटिएन।
