//! Brands from twelve trades, each with the facts a real brand would give: industry, offer,
//! proof points, location, key messages and website copy.

use content::{BrandFacts, Brief, ComposeRequest, EmojiUse, PersonaFacts, Tone};

pub struct Sample {
    /// The tag of the industry the brand belongs to (see `composer::industry::Industry`).
    pub industry: composer::industry::Industry,
    pub brand: BrandFacts,
    pub persona: PersonaFacts,
    pub briefs: Vec<Brief>,
}

fn v(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[allow(clippy::too_many_arguments)]
fn brand(
    name: &str,
    industry: &str,
    category: &str,
    audience: &str,
    benefit: &str,
    offer: &str,
    proof: &[&str],
    location: &str,
    props: &[&str],
    messages: &[&str],
    web: &[&str],
) -> BrandFacts {
    BrandFacts {
        name: name.into(),
        industry: industry.into(),
        category: category.into(),
        audience: audience.into(),
        benefit: benefit.into(),
        offer: offer.into(),
        proof_points: v(proof),
        location: location.into(),
        value_propositions: v(props),
        key_messages: v(messages),
        website_copy: v(web),
        emoji: EmojiUse::Sparing,
        hashtags: vec![format!("#{}", name.replace([' ', '&', '\''], ""))],
        max_hashtags: 3,
        ..BrandFacts::default()
    }
}

fn persona(role: &str, pains: &[&str], goals: &[&str]) -> PersonaFacts {
    PersonaFacts {
        role: role.into(),
        pains: v(pains),
        goals: v(goals),
        ..PersonaFacts::default()
    }
}

fn briefs(key: &str, cta: &str, topic: &str) -> Vec<Brief> {
    vec![
        Brief {
            goal: "Q3 pipeline push".into(),
            key_message: key.into(),
            call_to_action: cta.into(),
            campaign: Some("Internal Q3 retention drive".into()),
            topic: Some(topic.into()),
            ..Brief::default()
        },
        Brief {
            goal: "brand awareness".into(),
            topic: Some(topic.into()),
            ..Brief::default()
        },
        Brief {
            goal: "more bookings".into(),
            key_message: key.into(),
            keywords: vec![topic.into()],
            ..Brief::default()
        },
    ]
}

pub fn samples() -> Vec<Sample> {
    use composer::industry::Industry as I;
    vec![
        Sample {
            industry: I::Energy,
            brand: brand(
                "Brightside Solar",
                "residential solar",
                "solar panel installer",
                "homeowners",
                "cut your power bill",
                "a free home energy assessment",
                &["4,000 roofs fitted since 2009", "a 25-year panel warranty"],
                "Sacramento and the Central Valley",
                &[
                    "Local installation crews",
                    "Fixed-price quotes",
                    "Panels monitored for you",
                ],
                &["Solar pays for itself in about seven years."],
                &["Local crews, honest quotes, panels that last."],
            ),
            persona: persona(
                "homeowner",
                &["summer power bills that keep climbing"],
                &["lower monthly bills"],
            ),
            briefs: briefs(
                "Summer bills are coming: panels fitted in June start paying back this year.",
                "Book your free assessment",
                "solar panels",
            ),
        },
        Sample {
            industry: I::HomeServices,
            brand: brand(
                "Pipewell Plumbing",
                "plumbing and heating",
                "plumbing and heating company",
                "homeowners and landlords",
                "get leaks fixed fast",
                "same-day callouts",
                &["over 12,000 jobs completed", "rated 4.9 by local customers"],
                "Leeds",
                &[
                    "Engineers on call seven days a week",
                    "Upfront prices",
                    "Tidy, careful work",
                ],
                &["We turn up when we say we will."],
                &["Trusted local plumbers since 2004."],
            ),
            persona: persona(
                "landlord",
                &["waiting days for a plumber"],
                &["keep tenants happy"],
            ),
            briefs: briefs(
                "A dripping tap wastes thousands of litres a year, and we can fix it today.",
                "Call for a same-day visit",
                "boiler servicing",
            ),
        },
        Sample {
            industry: I::Food,
            brand: brand(
                "Ember Roasters",
                "coffee roasting",
                "specialty coffee roaster",
                "home brewers",
                "brew better coffee at home",
                "10% off your first bag",
                &["beans roasted within 48 hours of shipping"],
                "Portland",
                &[
                    "Single-origin beans",
                    "Roasted in small batches",
                    "Free delivery over $40",
                ],
                &["Fresh coffee tastes better."],
                &["Small-batch coffee, roasted to order."],
            ),
            persona: persona(
                "home brewer",
                &["stale supermarket coffee"],
                &["make cafe-quality coffee at home"],
            ),
            briefs: briefs(
                "Our new Ethiopian roast is here, with notes of blueberry and jasmine.",
                "Order your first bag",
                "single origin coffee",
            ),
        },
        Sample {
            industry: I::Health,
            brand: brand(
                "Harbour Dental",
                "dental clinic",
                "family dental practice",
                "families",
                "keep your smile healthy",
                "a free first check-up",
                &["15 years of family dentistry"],
                "Brighton",
                &[
                    "Evening appointments",
                    "Gentle care for nervous patients",
                    "Clear prices",
                ],
                &["Nobody should dread the dentist."],
                &["Gentle dentistry for the whole family."],
            ),
            persona: persona(
                "parent",
                &["finding an appointment that fits"],
                &["healthy teeth for the kids"],
            ),
            briefs: briefs(
                "We now open until 8pm on weekdays, so check-ups fit around school and work.",
                "Book your check-up",
                "dental check-ups",
            ),
        },
        Sample {
            industry: I::Software,
            brand: brand(
                "Tidewater",
                "software",
                "content planning software",
                "small marketing teams",
                "ship campaigns on time",
                "a 14-day free trial",
                &["used by 2,000 marketing teams"],
                "",
                &[
                    "A shared calendar for every channel",
                    "Approvals in one click",
                    "Reports that write themselves",
                ],
                &["Plan less, publish more."],
                &["The content calendar your whole team will use."],
            ),
            persona: persona(
                "marketing lead",
                &["chasing approvals over email"],
                &["launch campaigns without weekend work"],
            ),
            briefs: briefs(
                "The new capacity planner shows who can take on what before you commit to a deadline.",
                "Start your trial",
                "content calendar",
            ),
        },
        Sample {
            industry: I::Finance,
            brand: brand(
                "Ledgerline Accountants",
                "accounting",
                "accountants for small businesses",
                "small business owners",
                "stay on top of your tax",
                "a fixed-fee tax return",
                &["800 small businesses served"],
                "Manchester",
                &[
                    "Fixed monthly fees",
                    "A named accountant",
                    "Replies within one working day",
                ],
                &["No surprises at tax time."],
                &["Friendly accountants who speak plain English."],
            ),
            persona: persona(
                "business owner",
                &["last-minute tax stress"],
                &["know what they owe before the deadline"],
            ),
            briefs: briefs(
                "The self-assessment deadline is 31 January, and we still have room for new clients.",
                "Get your fixed-fee quote",
                "self assessment",
            ),
        },
        Sample {
            industry: I::Food,
            brand: brand(
                "Crumb & Co",
                "bakery",
                "neighbourhood bakery",
                "bread lovers",
                "enjoy real bread every day",
                "a free pastry with your first coffee",
                &["bread baked fresh every morning since 1998"],
                "Bath",
                &[
                    "Slow-fermented sourdough",
                    "Seasonal pastries",
                    "Open from 7am",
                ],
                &["Real bread takes time."],
                &["Baked this morning, a few streets from you."],
            ),
            persona: persona(
                "local regular",
                &["bread that goes stale in a day"],
                &["start the day with something good"],
            ),
            briefs: briefs(
                "Our autumn menu starts Monday, with apple and cinnamon buns.",
                "Pop in this week",
                "sourdough bread",
            ),
        },
        Sample {
            industry: I::Health,
            brand: brand(
                "Stillpoint Yoga",
                "yoga studio",
                "yoga studio",
                "beginners and regulars",
                "feel calmer and stronger",
                "a free first class",
                &["classes for all levels, seven days a week"],
                "East Austin",
                &["Small classes", "Experienced teachers", "Mats provided"],
                &["Everyone is welcome on the mat."],
                &["A calm studio for every body."],
            ),
            persona: persona(
                "office worker",
                &["a stiff back from sitting all day"],
                &["feel less stressed"],
            ),
            briefs: briefs(
                "New early-morning classes start at 6:30 from next week.",
                "Book your first class",
                "yoga for beginners",
            ),
        },
        Sample {
            industry: I::Beauty,
            brand: brand(
                "Thread & Field",
                "online fashion",
                "sustainable clothing brand",
                "conscious shoppers",
                "dress well without the waste",
                "free returns for 30 days",
                &["every piece made from organic cotton"],
                "",
                &[
                    "Timeless cuts",
                    "Fair wages for makers",
                    "Plastic-free packaging",
                ],
                &["Buy less, choose well."],
                &["Clothes made to last, by people paid fairly."],
            ),
            persona: persona(
                "shopper",
                &["clothes that fall apart after a few washes"],
                &["a wardrobe that lasts"],
            ),
            briefs: briefs(
                "The autumn collection is here: wool-blend knits and relaxed trousers.",
                "Shop the collection",
                "sustainable fashion",
            ),
        },
        Sample {
            industry: I::Nonprofit,
            brand: brand(
                "River Friends Trust",
                "charity",
                "river conservation charity",
                "local volunteers",
                "bring our rivers back to life",
                "a volunteer morning each month",
                &["32 miles of riverbank restored"],
                "the Tyne Valley",
                &[
                    "Hands-on volunteering",
                    "Family-friendly events",
                    "Every donation tracked",
                ],
                &["Healthy rivers need many hands."],
                &["Join the people restoring the Tyne."],
            ),
            persona: persona(
                "local resident",
                &["litter along the riverbank"],
                &["help the local wildlife"],
            ),
            briefs: briefs(
                "Our spring clean-up is on 12 April, and we need 50 volunteers.",
                "Sign up to volunteer",
                "river conservation",
            ),
        },
    ]
}

/// A request for sample `s`, brief `b`, channel and variant.
pub fn sample_request(
    s: &Sample,
    b: usize,
    channel: content::Channel,
    variant: u32,
) -> ComposeRequest {
    ComposeRequest {
        brand: s.brand.clone(),
        persona: Some(s.persona.clone()),
        brief: s.briefs[b].clone(),
        channel,
        variant,
        step: None,
        seed: 1000 + b as u64,
    }
}

pub const CALM: Tone = Tone {
    formal_casual: 20,
    serious_playful: 15,
    respectful_irreverent: 20,
    matter_of_fact_enthusiastic: 10,
};
