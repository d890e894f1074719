"""Demo data: two issuers, six badge classes, ~300 assertions over 18 months, a backpack of ten
and two collections. Deterministic for a given random seed (dates are relative to start-up).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from badgedesk.sandbox.state import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    OTHER_EMAIL,
    STAFF_EMAIL,
    BadgeClassRecord,
    CollectionRecord,
    IssuerRecord,
    SandboxState,
    UserRecord,
)

FIRST_NAMES = [
    "amira",
    "ben",
    "chloe",
    "dev",
    "elena",
    "farid",
    "grace",
    "hugo",
    "ines",
    "jamal",
    "kira",
    "liam",
    "maya",
    "noah",
    "olga",
    "priya",
    "quinn",
    "rosa",
    "sami",
    "tara",
]
LAST_NAMES = ["adams", "brooks", "chen", "diaz", "evans", "fischer"]

BADGE_CLASSES: list[dict[str, Any]] = [
    {
        "name": "First Aid at Work",
        "tags": ["health", "safety"],
        "count": 80,
        "description": "Can give emergency first aid in the workplace.",
        "expires": {"amount": 2, "duration": "years"},
        "colour": (200, 40, 60),
        "alignments": [
            {
                "targetName": "First aid at work (FAW)",
                "targetUrl": "https://www.hse.gov.uk/firstaid/training.htm",
                "targetDescription": "Give first aid to someone who is injured or ill at work.",
                "targetFramework": "HSE First Aid Regulations",
                "targetCode": "FAW-3",
            }
        ],
    },
    {
        "name": "Data Literacy Foundations",
        "tags": ["data", "digital"],
        "count": 60,
        "description": "Reads, questions and presents data with confidence.",
        "colour": (30, 110, 190),
        "alignments": [
            {
                "targetName": "Data literacy",
                "targetUrl": "https://example.org/frameworks/digital/data-literacy",
                "targetDescription": "Browse, evaluate and manage data and digital content.",
                "targetFramework": "Digital Competence Framework",
                "targetCode": "1.3",
            },
            {
                "targetName": "Presenting data",
                "targetUrl": "https://example.org/frameworks/digital/presenting-data",
                "targetFramework": "Digital Competence Framework",
                "targetCode": "3.1",
            },
        ],
    },
    {
        "name": "Peer Mentor",
        "tags": ["leadership"],
        "count": 45,
        "description": "Supported new students through their first term.",
        "colour": (240, 160, 20),
    },
    {
        "name": "Forklift Operator",
        "tags": ["logistics", "safety"],
        "count": 50,
        "description": "Operates counterbalance forklifts safely.",
        "colour": (90, 150, 60),
    },
    {
        "name": "Customer Service Excellence",
        "tags": ["service"],
        "count": 40,
        "description": "Handles customer enquiries and complaints to a high standard.",
        "colour": (130, 70, 170),
    },
    {
        "name": "Welding Level 2",
        "tags": ["engineering"],
        "count": 30,
        "description": "Performs MIG and TIG welds to industry standard.",
        "colour": (60, 60, 70),
    },
]

REVOCATION_REASONS = [
    "Awarded in error",
    "Assessment found to be incomplete",
    "Duplicate award",
    "Course withdrawn by the provider",
]


def seed_users(state: SandboxState) -> dict[str, UserRecord]:
    return {
        DEMO_EMAIL: state.add_user(DEMO_EMAIL, DEMO_PASSWORD, "Dana", "Demo"),
        STAFF_EMAIL: state.add_user(STAFF_EMAIL, "staff", "Sam", "Staff"),
        OTHER_EMAIL: state.add_user(OTHER_EMAIL, "other", "Olive", "Other"),
    }


def seed_demo(state: SandboxState) -> None:
    rng = state.random
    now = state.now()
    users = seed_users(state)
    demo = users[DEMO_EMAIL]

    def issuer(name: str, slug: str, owner: UserRecord, roles: dict[str, str]) -> IssuerRecord:
        record = IssuerRecord(
            entity_id=state.entity_id(),
            id=state.hex_id(),
            name=name,
            email=f"badges@{slug}.example.edu",
            url=f"https://{slug}.example.edu",
            description=f"Digital badges awarded by {name}.",
            created_at=now - timedelta(days=900),
            created_by=owner.entity_id,
            roles={owner.email: "owner", **roles},
        )
        state.issuers[record.entity_id] = record
        return record

    northfield = issuer("Northfield College", "northfield", demo, {STAFF_EMAIL: "staff"})
    riverside = issuer("Riverside Training Institute", "riverside", demo, {})
    elsewhere = issuer("Elsewhere Academy", "elsewhere", users[OTHER_EMAIL], {})

    classes: list[tuple[BadgeClassRecord, int]] = []
    for index, spec in enumerate(BADGE_CLASSES):
        owner_issuer = northfield if index < 3 else riverside
        record = BadgeClassRecord(
            entity_id=state.entity_id(),
            id=state.hex_id(),
            issuer=owner_issuer.entity_id,
            name=spec["name"],
            description=spec["description"],
            criteria_narrative=f"Complete the **{spec['name']}** course and its assessment.",
            criteria_url=f"{owner_issuer.url}/courses/{index + 1}",
            tags=spec["tags"],
            alignments=spec.get("alignments", []),
            expires=spec.get("expires"),
            colour=spec["colour"],
            created_at=now - timedelta(days=600 - index),
            created_by=demo.entity_id,
        )
        state.badgeclasses[record.entity_id] = record
        classes.append((record, spec["count"]))

    hidden = BadgeClassRecord(
        entity_id=state.entity_id(),
        id=state.hex_id(),
        issuer=elsewhere.entity_id,
        name="Elsewhere Orientation",
        description="Not visible to the demo user.",
        criteria_narrative="Attend orientation.",
        criteria_url=None,
        tags=[],
        alignments=[],
        expires=None,
        colour=(120, 120, 120),
        created_at=now - timedelta(days=300),
        created_by=users[OTHER_EMAIL].entity_id,
    )
    state.badgeclasses[hidden.entity_id] = hidden

    people = [f"{f}.{last}@example.edu" for f in FIRST_NAMES for last in LAST_NAMES]
    for badgeclass, count in classes:
        for _ in range(count):
            issued = now - timedelta(days=rng.uniform(1, 540), minutes=rng.randint(0, 600))
            kind = rng.choices(["email", "url", "telephone"], weights=[92, 4, 4])[0]
            identity = {
                "email": rng.choice(people),
                "url": f"https://portfolio.example.org/{rng.choice(FIRST_NAMES)}",
                "telephone": f"+4477009{rng.randint(10000, 99999)}",
            }[kind]
            expires = None
            if badgeclass.expires:
                expires = issued + timedelta(days=365 * badgeclass.expires["amount"])
            elif rng.random() < 0.07:
                expires = now - timedelta(days=rng.uniform(1, 60))
            state.add_assertion(
                badgeclass=badgeclass.entity_id,
                issuer=badgeclass.issuer,
                identity=identity,
                recipient_type=kind,
                issued_on=issued,
                created_at=issued,
                created_by=demo.entity_id,
                narrative=f"Completed {badgeclass.name}." if rng.random() < 0.5 else None,
                evidence=_evidence(rng.random(), identity),
                revoked=(revoked := rng.random() < 0.08),
                revocation_reason=rng.choice(REVOCATION_REASONS) if revoked else None,
                expires=expires,
                ob3=_ob3(issued) if rng.random() < 0.15 else None,
            )
    for _ in range(4):
        state.add_assertion(
            badgeclass=hidden.entity_id,
            issuer=elsewhere.entity_id,
            identity=rng.choice(people),
            recipient_type="email",
            issued_on=now - timedelta(days=30),
            created_at=now - timedelta(days=30),
            created_by=users[OTHER_EMAIL].entity_id,
        )

    backpack = []
    for index, acceptance in enumerate(
        ["Accepted", "Accepted", "Accepted", "Accepted", "Unaccepted", "Unaccepted", "Rejected"]
    ):
        badgeclass = classes[index % len(classes)][0]
        issued = now - timedelta(days=20 + 40 * index)
        backpack.append(
            state.add_assertion(
                badgeclass=badgeclass.entity_id,
                issuer=badgeclass.issuer,
                identity=DEMO_EMAIL,
                recipient_type="email",
                issued_on=issued,
                created_at=issued,
                created_by=demo.entity_id,
                acceptance=acceptance,
                narrative=f"Dana completed {badgeclass.name}.",
            )
        )
    for index, (name, issuer_name, acceptance) in enumerate(
        [
            ("Open Source Contributor", "Community Code Guild", "Accepted"),
            ("Conference Speaker", "EdTech Forum", "Accepted"),
            ("Safeguarding Awareness", "County Learning Partnership", "Unaccepted"),
        ]
    ):
        source = f"https://badges.example.net/public/assertions/imported-{index + 1}"
        issued = now - timedelta(days=100 + 90 * index)
        original = {
            "@context": "https://w3id.org/openbadges/v2",
            "type": "Assertion",
            "id": source,
            "recipient": {"type": "email", "hashed": False, "identity": DEMO_EMAIL},
            "badge": {
                "type": "BadgeClass",
                "name": name,
                "id": f"https://badges.example.net/public/badges/b{index + 1}",
                "issuer": {
                    "type": "Issuer",
                    "name": issuer_name,
                    "id": f"https://badges.example.net/public/issuers/i{index}",
                },
            },
            "issuedOn": issued.isoformat(),
            "verify": {"type": "hosted", "url": source},
        }
        backpack.append(state.add_imported(original, DEMO_EMAIL, acceptance))

    visible = [a for a in backpack if a.acceptance != "Rejected"]
    for name, published, members in [
        ("Teaching portfolio", True, visible[:3]),
        ("Workshops", False, visible[3:5]),
    ]:
        collection = CollectionRecord(
            entity_id=state.entity_id(),
            id=state.hex_id(),
            owner=demo.entity_id,
            name=name,
            description=f"{name} of Dana Demo.",
            published=published,
            share_hash=state.secret()[:24] if published else None,
            assertions=[a.entity_id for a in members],
            created_at=now - timedelta(days=15),
        )
        state.collections[collection.entity_id] = collection


def _evidence(roll: float, identity: str) -> list[dict[str, Any]]:
    if roll > 0.3:
        return []
    slug = identity.split("@")[0].split("/")[-1]
    return [
        {
            "url": f"https://portfolio.example.org/{slug}/work",
            "narrative": "Assessed practical work.",
            "name": "Practical assessment",
            "description": "Observed by an assessor.",
            "genre": "Observation",
            "audience": "Employers",
        }
    ]


def _ob3(issued: Any) -> dict[str, Any]:
    return {
        "activityStart": issued - timedelta(days=30),
        "activityEnd": issued,
        "licenseNumber": None,
        "role": "Participant",
    }


BULK_BADGECLASS = "Bulk Attendance"


def seed_bulk(state: SandboxState, count: int) -> BadgeClassRecord:
    """``count`` more awards on one new badge class of the demo user's first issuer, for
    measuring the client on a hundred thousand rows."""
    rng = state.random
    now = state.now()
    demo = next(u for u in state.users.values() if u.email == DEMO_EMAIL)
    issuer = min(
        (i for i in state.issuers.values() if i.roles.get(DEMO_EMAIL) == "owner"),
        key=lambda i: i.created_at,
    )
    badgeclass = BadgeClassRecord(
        entity_id=state.entity_id(),
        id=state.hex_id(),
        issuer=issuer.entity_id,
        name=BULK_BADGECLASS,
        description="Attendance at a lecture, awarded in bulk.",
        criteria_narrative="Attend the lecture.",
        criteria_url=None,
        tags=["bulk"],
        alignments=[],
        expires=None,
        colour=(90, 110, 160),
        created_at=now - timedelta(days=800),
        created_by=demo.entity_id,
    )
    state.badgeclasses[badgeclass.entity_id] = badgeclass
    for number in range(count):
        issued = now - timedelta(minutes=(count - number) * 7)
        state.add_assertion(
            badgeclass=badgeclass.entity_id,
            issuer=issuer.entity_id,
            identity=f"student{number:06d}@example.edu",
            recipient_type="email",
            hashed=False,
            issued_on=issued,
            created_at=issued,
            created_by=demo.entity_id,
            narrative=f"Attended lecture {number % 40 + 1}." if rng.random() < 0.5 else None,
            revoked=(revoked := rng.random() < 0.02),
            revocation_reason="Recorded in error." if revoked else None,
        )
    return badgeclass


SHARED_ISSUERS = (
    ("Harbour Arts Centre", "harbour", "editor", "Stage Lighting Basics", (210, 120, 40)),
    ("Moorland Volunteer Network", "moorland", "staff", "Trail Warden", (40, 140, 120)),
)
"""(name, slug, the demo user's role, its badge class, that badge's colour)."""


def seed_shared_issuers(state: SandboxState) -> list[IssuerRecord]:
    """Issuers of the other user where the demo user is only editor or only staff, each with a
    badge class and a few awards (``SandboxConfig.shared_issuers``)."""
    now = state.now()
    other = next(u for u in state.users.values() if u.email == OTHER_EMAIL)
    made = []
    for number, (name, slug, role, badge, colour) in enumerate(SHARED_ISSUERS):
        issuer = IssuerRecord(
            entity_id=state.entity_id(),
            id=state.hex_id(),
            name=name,
            email=f"badges@{slug}.example.org",
            url=f"https://{slug}.example.org",
            description=f"Digital badges awarded by {name}.",
            created_at=now - timedelta(days=700 - number),
            created_by=other.entity_id,
            roles={OTHER_EMAIL: "owner", DEMO_EMAIL: role},
        )
        state.issuers[issuer.entity_id] = issuer
        badgeclass = BadgeClassRecord(
            entity_id=state.entity_id(),
            id=state.hex_id(),
            issuer=issuer.entity_id,
            name=badge,
            description=f"Awarded by {name} for {badge.lower()}.",
            criteria_narrative=f"Complete the **{badge}** session.",
            criteria_url=None,
            tags=["volunteering"],
            alignments=[],
            expires=None,
            colour=colour,
            created_at=now - timedelta(days=400 - number),
            created_by=other.entity_id,
        )
        state.badgeclasses[badgeclass.entity_id] = badgeclass
        for day in (90, 60, 30):
            state.add_assertion(
                badgeclass=badgeclass.entity_id,
                issuer=issuer.entity_id,
                identity=f"volunteer{day}@{slug}.example.org",
                recipient_type="email",
                issued_on=now - timedelta(days=day),
                created_at=now - timedelta(days=day),
                created_by=other.entity_id,
            )
        made.append(issuer)
    return made
