"""Common kinds of news sentence about open and closed AI, one each (self-written).

A regression suite for the frame rules, holders and polarity together: each sentence is a kind
that real articles use (a release, a refusal, a restraint and its opponents, a quoted verdict),
with names made up for it."""

import pytest

from tests.conftest import analyze_text, stances

CASES = [
    # turning one's back on, walking (scaling) back: against; doubling down on: for
    ("Nimbus AI has turned its back on open source.", {"Nimbus AI": "closed"}),
    ("Nimbus AI turned back to open source after a year.", {"Nimbus AI": "open"}),
    ("Nimbus AI walked back its commitment to open-source AI.", {"Nimbus AI": "closed"}),
    ("Nimbus AI scaled back its open-source efforts.", {"Nimbus AI": "closed"}),
    ("Nimbus AI doubled down on its closed strategy.", {"Nimbus AI": "closed"}),
    ("Nimbus AI ended its open-source program.", {"Nimbus AI": "closed"}),
    # "critical of" criticises; "critical to" is essential
    ("Nimbus AI is critical of open-source AI.", {"Nimbus AI": "closed"}),
    ("Nimbus AI has been highly critical of proprietary models.", {"Nimbus AI": "open"}),
    ("Open-source AI is critical to innovation, Nimbus AI said.", {"Nimbus AI": "open"}),
    (
        "Safety researchers criticized Nimbus AI's decision to release Granite 3 openly.",
        {"Nimbus AI": "open"},
    ),
    ("The White House has not taken a position on open-weight models.", {"White House": "none"}),
    # a choice or a gap between both sides sets them apart, it takes neither
    (
        "Ada Brooks said the government should not pick winners between open and closed models.",
        {"Ada Brooks": "none"},
    ),
    (
        "Ada Brooks said the market should choose between open and proprietary models.",
        {"Ada Brooks": "none"},
    ),
    # building on open models, or fine-tuning one, uses them; building a business on a side
    # is a strategy
    (
        "Larch Labs built its assistant on Mistral's open models.",
        {"Larch Labs": "none", "Mistral AI": "open"},
    ),
    ("Larch Labs fine-tuned an open-source model for its product.", {"Larch Labs": "none"}),
    ("Larch Labs built its business on closed models.", {"Larch Labs": "closed"}),
    # a stance judged against, whoever's it is, with or without a possessive
    ("Larch Labs took a tough stance on open models.", {"Larch Labs": "closed"}),
    ("Larch Labs took a cautious stance on open-source AI.", {"Larch Labs": "closed"}),
    # what is (not) said about an act is not the act
    (
        "Kestrel AI declined to comment on whether it would open-source Granite.",
        {"Kestrel AI": "none", "Granite": "none"},
    ),
    (
        "Tom Reyes wondered whether Kestrel AI would ever open-source Granite.",
        {"Kestrel AI": "none", "Granite": "none"},
    ),
    ("Kestrel AI said it would open-source Granite.", {"Kestrel AI": "open", "Granite": "open"}),
    # a copula's "not" over a restraint is left to the restraint chain
    ("Kestrel AI is not opposed to restrictions on open models.", {"Kestrel AI": "closed"}),
    # "charge" accuses only with what it charges; "charges for access" sets a price
    (
        "Kestrel AI charges developers for access to Granite through its API.",
        {"Kestrel AI": "closed"},
    ),
    (
        "Ada Brooks charged Kestrel AI with fearmongering about open models.",
        {"Kestrel AI": "closed"},
    ),
    # a model given away is released for anyone; food or a lead given away is not
    ("Larch Labs gives its language models away to any developer.", {"Larch Labs": "open"}),
    ("Larch Labs is giving away the weights of its newest model.", {"Larch Labs": "open"}),
    ("Larch Labs gave away its early lead in chatbots to rivals.", {"Larch Labs": "none"}),
    # a stance judged by a describing word takes a side; a bare "stance on" is a topic
    (
        "Founders resent the Commerce Department’s ever more restrictive stance on "
        "open-weight models.",
        {"Department of Commerce": "closed"},
    ),
    (
        "Founders resent the Commerce Department's tough approach to open-weight models.",
        {"Department of Commerce": "closed"},
    ),
    (
        "Founders resent the Commerce Department's hostile attitude toward open-weight models.",
        {"Department of Commerce": "closed"},
    ),
    (
        "Founders welcomed the Commerce Department's supportive stance on open-weight models.",
        {"Department of Commerce": "open"},
    ),
    (
        "Founders asked about the Commerce Department's stance on open-weight models.",
        {"Department of Commerce": "none"},
    ),
    (
        "Founders resent the Commerce Department's strict policy toward closed models.",
        {"Department of Commerce": "open"},
    ),
    ("Ada Brooks praised open-source AI as a counterweight to big tech.", {"Ada Brooks": "open"}),
    ("Kestrel AI will keep its most capable models proprietary for now.", {"Kestrel AI": "closed"}),
    ("Kestrel AI is weighing whether to open-source its next model.", {"Kestrel AI": "none"}),
    ("Kestrel AI's models remain closed.", {"Kestrel AI": "closed"}),
    (
        "Larch Labs has made all of its models available under permissive licenses.",
        {"Larch Labs": "open"},
    ),
    (
        "The government should not restrict open-source AI, Tom Reyes argued in an op-ed.",
        {"Tom Reyes": "open"},
    ),
    (
        "Tom Reyes argued in an op-ed that the government should restrict open-source AI.",
        {"Tom Reyes": "closed"},
    ),
    (
        "Larch Labs and Kestrel AI both release their models under open licenses.",
        {"Larch Labs": "open", "Kestrel AI": "open"},
    ),
    ("Unlike Kestrel AI, Larch Labs keeps its model weights private.", {"Larch Labs": "closed"}),
    (
        "Ada Brooks wants developers of open models to be held responsible for misuse.",
        {"Ada Brooks": "closed"},
    ),
    (
        "Tom Reyes argues that open models make AI safer because anyone can inspect them.",
        {"Tom Reyes": "open"},
    ),
    (
        "Ada Brooks fears that China will exploit American open-source models.",
        {"Ada Brooks": "closed"},
    ),
    (
        "Tom Reyes said Kestrel AI would never open-source its frontier models.",
        {"Tom Reyes": "closed", "Kestrel AI": "closed"},
    ),
    (
        "The Safe Models Act would require developers to obtain a license before releasing "
        "open-weight models.",
        {"Safe Models Act": "closed"},
    ),
    (
        "The Larch Foundation has long opposed efforts to regulate open-source models.",
        {"Larch Foundation": "open"},
    ),
    ("Ada Brooks called open-weight models a gift to our adversaries.", {"Ada Brooks": "closed"}),
    (
        "Tom Reyes testified that restricting open models would only hurt American startups.",
        {"Tom Reyes": "open"},
    ),
    ("Tom Reyes dismissed concerns that open models pose a security risk.", {"Tom Reyes": "open"}),
    (
        "The Hawthorne Institute argues that open models give adversaries a free head start.",
        {"Hawthorne Institute": "closed"},
    ),
    (
        "Ada Brooks said releasing model weights openly would hand capabilities to hostile states.",
        {"Ada Brooks": "closed"},
    ),
    ("Tom Reyes said open models give developers more freedom.", {"Tom Reyes": "open"}),
    (
        "Ada Brooks worries that open-weight models could be used to design bioweapons.",
        {"Ada Brooks": "closed"},
    ),
    ("China has relied on open-source models from American labs.", {"China": "none"}),
    (
        'The industry has split into two camps: the "Open" alliance (Larch Labs, Kestrel AI) '
        'and the "Closed" labs (Nimbus AI, Orbital Systems).',
        {"Larch Labs": "open", "Kestrel AI": "open", "Nimbus AI": "closed"},
    ),
    ("Nimbus AI has joined the closed camp.", {"Nimbus AI": "closed"}),
    ("The lab was closed last year after Larch Labs bought it.", {"Larch Labs": "none"}),
    (
        "The Hawthorne Institute recommended that the government monitor, rather than restrict, "
        "open-weight models.",
        {"Hawthorne Institute": "open"},
    ),
    (
        "Vesta Labs CEO Dana Okafor said the company would keep releasing open-weight models.",
        {"Vesta Labs": "open", "Dana Okafor": "open"},
    ),
    ("Granite is only available through Nimbus AI's paid API.", {"Granite": "closed"}),
    (
        "Tom Reyes is making ChatGPT competitor Falcon open-source.",
        {"Falcon": "open", "ChatGPT": "none"},
    ),
    (
        "Nimbus AI has launched Falcon-9, a suite of open-weight large language models.",
        {"Falcon-9": "open"},
    ),
    (
        "Larch Labs and Kestrel AI set up an alliance to push open research and open innovation "
        "in AI.",
        {"Larch Labs": "open", "Kestrel AI": "open"},
    ),
    ("We believe it is better when AI is developed openly, said Tom Reyes.", {"Tom Reyes": "open"}),
    ("Critics accused Nimbus AI of hoarding its models behind an API.", {"Nimbus AI": "closed"}),
    (
        "Nimbus AI accused Vesta Labs of copying knowledge from Nimbus AI's proprietary models.",
        {"Vesta Labs": "none"},
    ),
    ("Nimbus AI offers Granite only through a paid subscription.", {"Granite": "closed"}),
    (
        "Nimbus AI reversed course and said it would no longer release open models.",
        {"Nimbus AI": "closed"},
    ),
    (
        "Nimbus AI introduced two models, Falcon-7B and Falcon-70B, on Tuesday. Both models are "
        "available for free download.",
        {"Falcon-7B": "open", "Falcon-70B": "open", "Nimbus AI": "open"},
    ),
    (
        "Nimbus AI introduced Falcon-7B on Tuesday. Both models are available for free download.",
        {"Falcon-7B": "none"},
    ),
    (
        "The Larch Order imposes reporting requirements on developers of powerful open-weight models.",
        {"Larch Order": "closed"},
    ),
    (
        "Senator Ada Brooks introduced the Frontier Safety Act, which would require licenses for open-weight models.",
        {"Frontier Safety Act": "closed", "Ada Brooks": "closed"},
    ),
    (
        "The Department of Commerce declined to impose restrictions on open-weight models, citing their benefits.",
        {"Department of Commerce": "open"},
    ),
    (
        "The European Parliament voted to exempt open-source developers from most obligations.",
        {"European Parliament": "open"},
    ),
    (
        "The Hawthorne Institute urged Congress to protect open-source innovation.",
        {"Hawthorne Institute": "open"},
    ),
    (
        "Governor Lena Park vetoed the Frontier Safety Act, which would have restricted open-source models.",
        {"Lena Park": "open", "Frontier Safety Act": "closed"},
    ),
    (
        "Tom Reyes testified that open-weight models are essential to American competitiveness.",
        {"Tom Reyes": "open"},
    ),
    (
        "Several senators, including Ada Brooks, have called for restrictions on open-source AI.",
        {"Ada Brooks": "closed"},
    ),
    (
        "The Larch Action Plan encourages open-weight and open-source AI.",
        {"Larch Action Plan": "open"},
    ),
    (
        "The Ministry of Digital Affairs plans to fund open-source language models for local languages.",
        {"Ministry of Digital Affairs": "open"},
    ),
    ("Tom Reyes said the rules would hurt open-source developers.", {"Tom Reyes": "open"}),
    (
        "Tom Reyes praised the decision to keep open-source models outside the scope of the law.",
        {"Tom Reyes": "open"},
    ),
    (
        "The Hawthorne Institute welcomed the exemption for open-source models.",
        {"Hawthorne Institute": "open"},
    ),
    ("Ada Brooks criticized the exemption for open-source models.", {"Ada Brooks": "closed"}),
    (
        "The Frontier Safety Act targets open-weight models with more than a trillion parameters.",
        {"Frontier Safety Act": "closed"},
    ),
    (
        "Ada Brooks, a supporter of the Frontier Safety Act, said open weights cannot be recalled once released.",
        {"Ada Brooks": "closed"},
    ),
    (
        "Tom Reyes argued that open models let researchers find safety flaws faster.",
        {"Tom Reyes": "open"},
    ),
    ("Tom Reyes said that fears about open models were overblown.", {"Tom Reyes": "open"}),
    (
        "Ada Brooks opposes the Safe Models Act, which would restrict open-source models.",
        {"Ada Brooks": "open", "Safe Models Act": "closed"},
    ),
    (
        "Ada Brooks supports the Safe Models Act, which would restrict open-source models.",
        {"Ada Brooks": "closed", "Safe Models Act": "closed"},
    ),
    ("Nimbus AI said it will keep its most capable models closed.", {"Nimbus AI": "closed"}),
    (
        "Nimbus AI made the weights of Granite freely available on Hugging Face.",
        {"Nimbus AI": "open", "Granite": "open"},
    ),
    (
        "Lawmakers led by Senator Ada Brooks want to require licences for powerful open-source models.",
        {"Ada Brooks": "closed"},
    ),
    (
        "Ada Brooks argued that open-source models pose national security risks.",
        {"Ada Brooks": "closed"},
    ),
    ("Ada Brooks dismissed fears that open models help adversaries.", {"Ada Brooks": "open"}),
    ("Kestrel CEO Tom Reyes called open-source AI a ticking time bomb.", {"Tom Reyes": "closed"}),
    ("Tom Reyes is a longtime advocate of open-source AI.", {"Tom Reyes": "open"}),
    ("Tom Reyes, an outspoken critic of open-source AI, spoke on Monday.", {"Tom Reyes": "closed"}),
    ("Tom Reyes has long championed closed, proprietary development.", {"Tom Reyes": "closed"}),
    ("The Pebble weights are available under the MIT license.", {"Pebble": "open"}),
    ("Nimbus AI switched from open releases to a closed API model.", {"Nimbus AI": "closed"}),
    ("The EU AI Act exempts most open-source models from its rules.", {"EU AI Act": "open"}),
    (
        "Critics say the Safe Models Act would effectively ban open-source AI.",
        {"Safe Models Act": "closed"},
    ),
    (
        "Ada Brooks praised Nimbus AI's decision to release Granite openly.",
        {"Ada Brooks": "open", "Nimbus AI": "open"},
    ),
    ("Nimbus AI will not release the weights of Granite.", {"Nimbus AI": "closed"}),
    (
        "Nimbus AI plans to release Granite as an open-weight model.",
        {"Nimbus AI": "open", "Granite": "open"},
    ),
    ("Granite remains proprietary.", {"Granite": "closed"}),
    ("Open-source advocates, including Tom Reyes, welcomed the decision.", {"Tom Reyes": "open"}),
    (
        "Opponents of open-source AI, such as Ada Brooks, warned of misuse.",
        {"Ada Brooks": "closed"},
    ),
    ("Nimbus AI's models are closed-source.", {"Nimbus AI": "closed"}),
    (
        "Tom Reyes warned that releasing model weights openly could help hostile states.",
        {"Tom Reyes": "closed"},
    ),
    ("Vesta Labs, unlike Nimbus AI, publishes the weights of its models.", {"Vesta Labs": "open"}),
    (
        "Ada Brooks called for a moratorium on releasing open-weight frontier models.",
        {"Ada Brooks": "closed"},
    ),
    ("Tom Reyes said open models were essential for academic research.", {"Tom Reyes": "open"}),
    (
        "Tom Reyes signed a letter urging Congress not to restrict open-source AI.",
        {"Tom Reyes": "open"},
    ),
    ("Ada Brooks has pushed for strict limits on open-weight models.", {"Ada Brooks": "closed"}),
    ("Tom Reyes believes that closed models are safer.", {"Tom Reyes": "closed"}),
    # a harm named as a harm: whoever predicts it speaks against the one who does it
    (
        "Ada Brooks said the Safe Models Act will penalize startups and stifle open-source "
        "research.",
        {"Ada Brooks": "open", "Safe Models Act": "closed"},
    ),
    (
        "Tom Reyes said the Safe Models Act will restrict open-weight models.",
        {"Safe Models Act": "closed"},
    ),
    # backing or opposing a named law takes (or turns) the side the text gives the law
    (
        "Tom Reyes said the Safe Models Act, which would bar the release of open-weight "
        "models, was necessary to protect the country.",
        {"Tom Reyes": "closed", "Safe Models Act": "closed"},
    ),
    (
        "The Safe Models Act would bar the release of open-weight models. Ada Brooks said the "
        "Safe Models Act was misguided.",
        {"Ada Brooks": "open", "Safe Models Act": "closed"},
    ),
    (
        "The Safe Models Act would bar the release of open-weight models. Microsoft has lobbied "
        "hard to kill the bill.",
        {"Microsoft": "open"},
    ),
    (
        "The Safe Models Act would bar the release of open-weight models. Ada Brooks said the "
        "Safe Models Act was not misguided.",
        {"Ada Brooks": "none"},
    ),
    # "unlike" sets the names after it against the practice of the clause
    (
        "Unlike Nimbus AI, Vesta Labs publishes the weights of its models.",
        {"Vesta Labs": "open", "Nimbus AI": "closed"},
    ),
    (
        "Unlike Nimbus AI, Vesta Labs is based in Oslo and publishes open models.",
        {"Nimbus AI": "none"},
    ),
    # a word in quotation marks is a term, not somebody's words
    (
        'Ada Brooks said the rules were "far too broad." The Vesta models, meanwhile, are '
        '"open-weight," so anyone can download them.',
        {"Ada Brooks": "none"},
    ),
    # the examples a category of open (or closed) makers "includes"
    (
        "Well-known open-weight model makers include Vesta Labs, based in Oslo, and Nimbus AI.",
        {"Vesta Labs": "open", "Nimbus AI": "open"},
    ),
    # a burden laid on open developers restrains them
    (
        "Tom Reyes said the Safe Models Act would place new obligations on open-weight models.",
        {"Safe Models Act": "closed"},
    ),
    (
        "SB4410 would impose liability on open-source developers, Ada Brooks warned.",
        {"SB4410": "closed", "Ada Brooks": "open"},
    ),
    (
        "Ada Brooks warned that regulators must ban open-weight models before it is too late.",
        {"Ada Brooks": "closed"},
    ),
    # a harm that falls on open models (or on those who rely on them) is said in their defence
    (
        "Ada Brooks said the rule would be perilous for startups that rely on open-source models.",
        {"Ada Brooks": "open"},
    ),
    ("Ada Brooks said the ban would be bad for open-source developers.", {"Ada Brooks": "open"}),
    (
        "Tom Reyes said open-weight models pose a threat to national security.",
        {"Tom Reyes": "closed"},
    ),
    # inside a quote, the named doer of a restraint does it; the speaker judges it
    (
        '"The Safe Models Act will stifle open-source research," Ada Brooks said.',
        {"Safe Models Act": "closed", "Ada Brooks": "open"},
    ),
    # the passive subject of a reporting verb is talked about, not talking
    (
        'Ada Brooks spoke first. "The Safe Models Act will choke open-source research." '
        "The Safe Models Act is expected to be considered by a committee today.",
        {"Safe Models Act": "closed"},
    ),
    # what a former head does is no longer the organisation's practice
    (
        "Ada Brooks, the former chief executive of Cohere, released her own models as open source.",
        {"Ada Brooks": "open", "Cohere": "none"},
    ),
    (
        "The Safe Models Act would assign a new liability standard to open-source developers.",
        {"Safe Models Act": "closed"},
    ),
    # the models a participle names are the models the cue describes
    (
        "Nimbus AI has shown two open-weight models this week, introducing the "
        "language models zeta-oss-20b and zeta-oss-120b.",
        {"Nimbus AI": "open", "zeta-oss-20b": "open", "zeta-oss-120b": "open"},
    ),
    # "both models" three sentences on are the two just named
    (
        "Nimbus AI unveiled zeta-oss-20b and zeta-oss-120b on Tuesday. The launch was delayed "
        "twice. Executives called it a milestone. Both models are free to download.",
        {"zeta-oss-20b": "open", "zeta-oss-120b": "open"},
    ),
    # a list of organisations is what a counted group ("all four finalists") names, even when
    # the tagger ran two of the names together
    (
        "Quill Cloud, Borealis Research, Vesta Labs, and Nimbus AI were picked for the national model "
        "programme. The ministry praised the work of the teams. Officials met on Monday. The "
        "budget was set in March. The ministry said all four finalists shared its vision. They "
        "also proposed bold open-source policies.",
        {"Vesta Labs": "open", "Nimbus AI": "open"},
    ),
    # a letter about somebody's use of an open model takes no side by it, nor do its senders
    (
        "Tom Reyes sent letters to Vesta Labs. In a letter addressing Vesta Labs' chatbot, which "
        "reportedly uses an open-weight model by Nimbus AI, Tom Reyes asked about data security.",
        {"Tom Reyes": "none", "Nimbus AI": "open"},
    ),
    # "the models" later in the sentence are the examples named before; "the closed nature of"
    (
        "Chatbots run on models like Google's Gemini or OpenAI's GPT-4, but the closed nature "
        "of the models raises their cost.",
        {"GPT-4": "closed", "Gemini": "closed", "OpenAI": "closed"},
    ),
    # a harm that follows if the cue holds
    (
        "Ada Brooks believes the system is likelier to be abused if its weights are freely "
        "available online.",
        {"Ada Brooks": "closed"},
    ),
    (
        "Ada Brooks believes anyone can improve the models if the weights are freely available.",
        {"Ada Brooks": "open"},
    ),
    # the next sentence's speaker, who reports a quote of his own, did not say this one
    (
        'A user on a forum took aim at Nimbus AI. "Nimbus AI has become a closed-source '
        'company." Responding with a meme, Tom Reyes said, "Nimbus AI has lost its way."',
        {"Tom Reyes": "none", "Nimbus AI": "closed"},
    ),
    # the accuser holds the side opposite to what the accused are charged with
    (
        "Ada Brooks accused large labs of running a campaign to stamp out competition from "
        "open-source AI.",
        {"Ada Brooks": "open"},
    ),
    (
        "Ada Brooks criticized Nimbus AI for releasing its models openly.",
        {"Ada Brooks": "closed", "Nimbus AI": "open"},
    ),
    # criticism of a deed is not its undoing: the decision criticized was still taken
    (
        "Ada Brooks decried the decision by Vesta Labs to open-source Kestrel 3.",
        {"Ada Brooks": "closed", "Kestrel 3": "open"},
    ),
    # a criticism not made, or only asked about, takes no side
    (
        "Tom Reyes did not criticize Vesta Labs for releasing its model openly.",
        {"Tom Reyes": "none", "Vesta Labs": "open"},
    ),
    (
        "Did Ada Brooks really excoriate Vesta Labs for open-sourcing Kestrel 3?",
        {"Ada Brooks": "none"},
    ),
    ("Is Nimbus AI trying to kill open-source AI?", {"Nimbus AI": "none"}),
    # where the cue is said to be heading, the "down" parsed as a particle
    (
        "Ada Brooks has said open models are now heading down a dangerous path.",
        {"Ada Brooks": "closed"},
    ),
    # keeping away from the cue is against it; keeping away from a restraint on it is for it
    ("For years Nimbus AI avoided open source like the plague.", {"Nimbus AI": "closed"}),
    ("Nimbus AI has long eschewed open-source releases.", {"Nimbus AI": "closed"}),
    ("Vesta Labs never avoided open source.", {"Vesta Labs": "open"}),
    (
        "Ada Brooks said regulators should avoid restricting open models.",
        {"Ada Brooks": "open"},
    ),
    ("Ada Brooks said open models help companies avoid lock-in.", {"Ada Brooks": "open"}),
    # a kind (form) of a worthless or harmful thing is that thing
    ('"Open source is a kind of IQ tax," Ada Brooks said.', {"Ada Brooks": "closed"}),
    ("Ada Brooks said closed models are a form of censorship.", {"Ada Brooks": "open"}),
    ("Ada Brooks said open source is a kind of public good.", {"Ada Brooks": "open"}),
    # what a thing is called when called a disease
    ("Ada Brooks once called open source a cancer.", {"Ada Brooks": "closed"}),
    # a question about keeping a state still says the state is so
    ("Will Nimbus AI keep its models closed?", {"Nimbus AI": "closed"}),
    # "blast off" is no criticism
    (
        "Ada Brooks blasted off to a conference where Vesta Labs released its open model.",
        {"Ada Brooks": "none"},
    ),
    # a denied aim is not the denier's
    ("Nimbus AI denied that it is trying to kill open-source AI.", {"Nimbus AI": "open"}),
    ("Nimbus AI denied that it wants to restrict open models.", {"Nimbus AI": "open"}),
    # "unlike" right before the cue already contrasts it; a foil says nothing of a plain fact
    (
        "Unlike open-source developers, Nimbus AI keeps its weights private.",
        {"Nimbus AI": "closed"},
    ),
    ("Unlike proprietary labs, Vesta Labs is based in Paris.", {"Vesta Labs": "none"}),
    # a likening that is itself judged is not a worry; a likening to a worry is
    (
        "Ada Brooks said comparing open-source AI to nuclear weapons is absurd.",
        {"Ada Brooks": "open"},
    ),
    ("Tom Reyes compared open models to nuclear weapons.", {"Tom Reyes": "closed"}),
    # a supposed weighing is no weighing
    (
        "If open models are useful but dangerous, regulators should act, Tom Reyes said.",
        {"Tom Reyes": "open"},
    ),
    # every verb of criticism is one: a letter that excoriates a release, a rebuke of one
    (
        "Senators Ada Brooks and Tom Reyes sent the chief executive a letter excoriating "
        "Nimbus AI for releasing Orion 2 to the public.",
        {"Ada Brooks": "closed", "Tom Reyes": "closed"},
    ),
    (
        "Jonah Whitfield lambasted Vesta Labs for open-sourcing its models.",
        {"Jonah Whitfield": "closed"},
    ),
    (
        "Jonah Whitfield rebuked the agency for its restrictions on open-weight models.",
        {"Jonah Whitfield": "open"},
    ),
    # what "unlike" sets against the clause is the foil's, and the clause's subject is the other
    (
        "Unlike its rivals, who have treated AI as a proprietary arms race, Vesta Labs has "
        "chosen to share its advances with researchers.",
        {"Vesta Labs": "open"},
    ),
    # examples named as "those provided by X"
    (
        "Unlike “closed” systems, such as those provided by Nimbus AI or Vesta Labs, which are "
        "accessed via an API, an open model can be downloaded.",
        {"Nimbus AI": "closed", "Vesta Labs": "closed"},
    ),
    # a cue that is the subject of two verbs, one for it and one against it after a "but"
    (
        "The Vesta Agency said widely available model weights could help small labs profit "
        "from AI but also raise the danger of misuse by foreign adversaries.",
        {"Vesta Agency": "mixed"},
    ),
    (
        "The Vesta Agency said open models raise the risk of misuse but also help more "
        "people benefit from AI.",
        {"Vesta Agency": "mixed"},
    ),
    (
        "The Vesta Agency said open models help small firms and also let researchers "
        "audit the systems.",
        {"Vesta Agency": "open"},
    ),
    # the same, the second verb parsed into the first's complement clause
    (
        "The Vesta Agency, which was seeking comments as part of the review, said widely "
        "available model weights could help small firms gain from AI but also increase the "
        "risk of hostile states using AI in harmful ways.",
        {"Vesta Agency": "mixed"},
    ),
    ("Ada Brooks said open models are useful but dangerous.", {"Ada Brooks": "mixed"}),
    ("Ada Brooks said open models are dangerous but useful.", {"Ada Brooks": "mixed"}),
    ("Ada Brooks said open models are not dangerous but useful.", {"Ada Brooks": "open"}),
    # a harm the subject reaches by infinitives is its own aim; the speaker warns of it
    (
        "Ada Brooks said Nimbus AI is trying to kill open-source AI.",
        {"Ada Brooks": "open", "Nimbus AI": "closed"},
    ),
    # what an analogy says of the analogue is not the speaker's (nor the mixed of both)
    (
        "Vesta Labs said it would release its models openly. Ada Brooks likened the shift to "
        "the rise of the open-source Linux from the closed-source Unix.",
        {"Ada Brooks": "none", "Vesta Labs": "open"},
    ),
    # likening the cue to a worry is a worry; rejecting the likening defends it
    ("Ada Brooks likened open-weight models to nuclear weapons.", {"Ada Brooks": "closed"}),
    (
        "Ada Brooks does not agree with the comparison of open AI systems with the free "
        "distribution of dangerous weapons.",
        {"Ada Brooks": "open"},
    ),
    (
        "Ada Brooks rejects the comparison of open AI systems with nuclear weapons.",
        {"Ada Brooks": "open"},
    ),
    # a departure (shift, move) from the closed approach is a step to the open one
    (
        "Vesta Labs is best known for Orion, a model that marks a sharp departure from the "
        "closed, proprietary approach of its rivals.",
        {"Orion": "open"},
    ),
    (
        "With Orion 2, Vesta Labs marks a departure from the closed approach of its rivals.",
        {"Vesta Labs": "open"},
    ),
    # an idiom with "shut" restrains nothing
    (
        "Tom Reyes wrote that one may call it shut on so-called Open AI, because it shares nothing.",
        {"Tom Reyes": "none"},
    ),
    # the names in a parenthesis right after the cue are its examples
    (
        "By releasing its models under permissive licences (Kestrel 3 and Orion 2 under "
        "the Apache licence), Ruritania hopes to win developers.",
        {"Kestrel 3": "open", "Orion 2": "open"},
    ),
    # losing a race to open source names a rival, not a practice
    (
        "Jane Roe is concerned that Nimbus AI will lose the AI race to open-source technology.",
        {"Nimbus AI": "none"},
    ),
    # a clause called a pretence is untrue
    ("Do not pretend that Gemma is an open model.", {"Gemma": "closed"}),
    # an ideal its owner has left behind is no longer its side
    (
        "Ada Brooks accuses Nimbus AI of straying from its original open-source ethos.",
        {"Ada Brooks": "open", "Nimbus AI": "closed"},
    ),
    ("Nimbus AI has abandoned its open-source roots.", {"Nimbus AI": "closed"}),
    # those a criticism comes from hold the side opposite to what they criticise
    (
        "Nimbus AI's open-source approach has faced criticism from companies like Vesta Labs "
        "and Microsoft.",
        {"Nimbus AI": "open", "Vesta Labs": "closed", "Microsoft": "closed"},
    ),
    (
        "Nimbus AI's decision to keep its models closed drew fierce criticism from Ada Brooks.",
        {"Nimbus AI": "closed", "Ada Brooks": "open"},
    ),
    (
        "The essay drew criticism from Jonah Whitfield, who said that open research had driven "
        "most of the field's progress.",
        {"Jonah Whitfield": "open"},
    ),
    # taking a jab at one side is taking the other
    (
        "The Vesta Alliance takes a jab at companies with a closed, proprietary vision for AI.",
        {"Vesta Alliance": "open"},
    ),
    # cast as an advocate (or a critic): the one so cast
    (
        "Open-sourcing Orion 2 bolstered Ada Brooks's positioning as an advocate for open AI "
        "development.",
        {"Ada Brooks": "open"},
    ),
    ("Ada Brooks has cast herself as an advocate of open-weight AI.", {"Ada Brooks": "open"}),
    ("Ada Brooks emerged as a critic of open-weight models.", {"Ada Brooks": "closed"}),
    # idioms of opposition: "took issue with", "pushed back against", "lashed out at"
    (
        "Ada Brooks took issue with their lobbying against open-source research.",
        {"Ada Brooks": "open"},
    ),
    (
        "Ada Brooks pushed back against the proposed curbs on open-weight models.",
        {"Ada Brooks": "open"},
    ),
    (
        "Ada Brooks lashed out at companies that keep their models closed.",
        {"Ada Brooks": "open"},
    ),
    ("Ada Brooks criticized labs that release open-weight models.", {"Ada Brooks": "closed"}),
    # matching the best "while being open source" is a description, not a rivalry
    (
        "Vesta Labs released Orion 2, a multimodal model that matches the best closed systems "
        "while also being compact, free and truly open source.",
        {"Orion 2": "open"},
    ),
    # "royalty-free use by anyone"; a surname with its particle is the full name
    (
        "Orion 2, which carries a licence permitting royalty-free use by anyone, was built by "
        "Vesta Labs. Leandro von Werra, an engineer at Vesta Labs, spoke first. Von Werra said the "
        "open source community was creative.",
        {"Orion 2": "open", "Leandro von Werra": "open"},
    ),
    # tinkering with closed models is using them, not a position
    (
        "Jonah Whitfield, a hacker, had tinkered with closed models, including Nimbus AI's.",
        {"Jonah Whitfield": "none"},
    ),
    # someone's remarks, testimony or claim speak for them
    ("Jonah Whitfield's remarks appear to support open-source AI.", {"Jonah Whitfield": "open"}),
    (
        "Vesta Labs' other big claim is the idea that the Safe Models Act will kill "
        "open-source AI.",
        {"Vesta Labs": "open"},
    ),
    # a blocking verb denied ("should not outlaw") leaves the cue's side
    (
        "Jonah Whitfield said governments should not outlaw open source software.",
        {"Jonah Whitfield": "open"},
    ),
    (
        "Jonah Whitfield said governments should outlaw open-weight models.",
        {"Jonah Whitfield": "closed"},
    ),
    (
        "Jonah Whitfield said governments should not regulate open-source models.",
        {"Jonah Whitfield": "open"},
    ),
    # called worthless: "a tax", "a gimmick"
    (
        'Jonah Whitfield once claimed that open-sourcing big models amounts to an "IQ tax."',
        {"Jonah Whitfield": "closed"},
    ),
    (
        "Vesta Labs received tax credits for releasing open-source models.",
        {"Vesta Labs": "open"},
    ),
    # a quote that only reports what unnamed others do holds no position of the speaker's
    (
        '"These days, a few large firms are building closed models. But open source is '
        'rapidly narrowing the gap," Jonah Whitfield wrote.',
        {"Jonah Whitfield": "open"},
    ),
    # after a "but", the speaker's side is the later one
    (
        "Closed models still hold a share of the market, Jonah Whitfield said, but open-source "
        "platforms may create more value.",
        {"Jonah Whitfield": "open"},
    ),
    # an attack word the accuser uses is the accuser's side; an opposition far above a
    # restraint ("stoking fear ... a campaign meant to stamp out ...") does not lift it
    (
        "Jonah Whitfield has accused big labs of stoking fear about AI in a bid for regulatory "
        "capture, a campaign meant to stamp out rivals that build open source AI.",
        {"Jonah Whitfield": "open"},
    ),
    # the case for (or against) one side, made by someone, is theirs
    (
        "The case for open weights, often made most loudly by Jonah Whitfield, runs like this.",
        {"Jonah Whitfield": "open"},
    ),
    (
        "The case against open weights, made most carefully by Ada Brooks, is narrower than "
        "it sounds.",
        {"Ada Brooks": "closed"},
    ),
    # "cracked" (slang: skilled) restrains nothing; "crack down on" does
    (
        '"The team has to be cracked and obsessed, and has to open source the models," Jonah '
        "Whitfield added.",
        {"Jonah Whitfield": "open"},
    ),
    (
        "Jonah Whitfield said regulators should crack down on open-source AI.",
        {"Jonah Whitfield": "closed"},
    ),
    # a feeling of fear about the cue is a worry
    (
        '"The idea of open source AGI coming out before anyone can regulate it is very '
        'scary," Ada Brooks said.',
        {"Ada Brooks": "closed"},
    ),
    # a comparison ("is not the same as") is not a verdict; "safer than" is
    (
        "Jonah Whitfield says open-weight AI isn't exactly the same as open-source code.",
        {"Jonah Whitfield": "none"},
    ),
    ("Jonah Whitfield says open-source AI is safer than closed AI.", {"Jonah Whitfield": "open"}),
    # a family of models is what "their" stands for, not a company named in a foil
    (
        "Unlike chatbots such as Nimbus AI's Orion, the Vesta family of models is open-weight: "
        "their weights are available for anyone to download.",
        {"Nimbus AI": "closed"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_the_kind_of_sentence_gives_each_player_its_side(analyzer, text, expected):
    got = {p.name: p.stance for p in analyze_text(analyzer, "News kinds", text).players}
    assert {name: got.get(name, "-") for name in expected} == expected


def test_in_an_interview_who_spoke_with_the_interviewer_answers(analyzer):
    text = (
        "Rob Tarn founded the Kestrel Institute in 2014. Tarn wanted AI for everyone, and "
        "Tarn funded it for years.\n"
        "Its chief executive Dana Pell has led it since 2023. She spoke with the Harbor Post. "
        "The interview has been lightly edited for length.\n"
        "Why does openness matter to you?\n"
        "We have pushed very hard towards open models for everyone.\n"
        "What counts as open?\n"
        "Weights, data and code, all of it."
    )
    got = stances(analyzer, text)
    assert got["Dana Pell"] == "open"
    assert got.get("Rob Tarn", "none") == "none"
