/// The themes shipped in `Themes/`, built into the program so that they are found wherever it is installed.
/// A test keeps them equal to the files.
public enum ShippedThemes {
    public static let sources: [String: String] = [
        "ascii": #"""
{
  "name": "ascii",
  "description": "No colour and plain ASCII symbols (o ^ x - and + - | lines), for consoles that cannot draw ○ △ × or box lines.",
  "roles": {
    "verdict.compliant": {},
    "verdict.improved": {
      "bold": true
    },
    "verdict.needsImprovement": {
      "bold": true,
      "underline": true
    },
    "verdict.notApplicable": {
      "dim": true
    },
    "verdict.blank": {
      "dim": true
    },
    "cursor": {
      "reverse": true
    },
    "header": {
      "bold": true
    },
    "sectionTitle": {
      "bold": true,
      "underline": true
    },
    "status": {
      "reverse": true
    },
    "saved": {
      "reverse": true
    },
    "readOnly": {
      "reverse": true,
      "bold": true
    },
    "power.commercial": {
      "bold": true
    },
    "power.generator": {
      "bold": true,
      "underline": true
    },
    "power.outage": {
      "reverse": true,
      "bold": true
    },
    "onTime": {},
    "late": {
      "bold": true,
      "underline": true
    },
    "conflict": {
      "reverse": true,
      "underline": true
    },
    "warning": {
      "bold": true
    },
    "dim": {
      "dim": true
    },
    "border": {}
  },
  "glyphs": "ascii"
}

"""#,
        "default": #"""
{
  "name": "default",
  "description": "Dark background, the default.",
  "roles": {
    "verdict.compliant": {
      "foreground": "green"
    },
    "verdict.improved": {
      "foreground": "yellow"
    },
    "verdict.needsImprovement": {
      "foreground": "red",
      "bold": true
    },
    "verdict.notApplicable": {
      "foreground": "white",
      "dim": true
    },
    "verdict.blank": {
      "foreground": "white",
      "dim": true
    },
    "cursor": {
      "reverse": true
    },
    "header": {
      "foreground": "cyan",
      "bold": true
    },
    "sectionTitle": {
      "foreground": "magenta",
      "bold": true
    },
    "status": {
      "reverse": true
    },
    "saved": {
      "foreground": "green"
    },
    "readOnly": {
      "foreground": "red",
      "bold": true
    },
    "power.commercial": {
      "foreground": "green",
      "bold": true
    },
    "power.generator": {
      "foreground": "yellow",
      "bold": true
    },
    "power.outage": {
      "foreground": "red",
      "bold": true
    },
    "onTime": {
      "foreground": "green"
    },
    "late": {
      "foreground": "red"
    },
    "conflict": {
      "foreground": "magenta",
      "bold": true,
      "reverse": true
    },
    "warning": {
      "foreground": "yellow",
      "bold": true
    },
    "dim": {
      "dim": true
    },
    "border": {
      "foreground": "blue"
    }
  },
  "glyphs": "unicode"
}

"""#,
        "high-contrast": #"""
{
  "name": "high-contrast",
  "description": "High contrast, for a projector in a lit server room.",
  "roles": {
    "verdict.compliant": {
      "foreground": "white",
      "bold": true
    },
    "verdict.improved": {
      "foreground": "yellow",
      "bold": true
    },
    "verdict.needsImprovement": {
      "foreground": "white",
      "background": "red",
      "bold": true
    },
    "verdict.notApplicable": {
      "foreground": "cyan",
      "bold": true
    },
    "verdict.blank": {
      "foreground": "white"
    },
    "cursor": {
      "foreground": "black",
      "background": "yellow",
      "bold": true
    },
    "header": {
      "foreground": "white",
      "bold": true
    },
    "sectionTitle": {
      "foreground": "yellow",
      "bold": true
    },
    "status": {
      "foreground": "black",
      "background": "white",
      "bold": true
    },
    "saved": {
      "foreground": "black",
      "background": "green",
      "bold": true
    },
    "readOnly": {
      "foreground": "white",
      "background": "red",
      "bold": true
    },
    "power.commercial": {
      "foreground": "black",
      "background": "green",
      "bold": true
    },
    "power.generator": {
      "foreground": "black",
      "background": "yellow",
      "bold": true
    },
    "power.outage": {
      "foreground": "white",
      "background": "red",
      "bold": true
    },
    "onTime": {
      "foreground": "green",
      "bold": true
    },
    "late": {
      "foreground": "white",
      "background": "red",
      "bold": true
    },
    "conflict": {
      "foreground": "black",
      "background": "magenta",
      "bold": true
    },
    "warning": {
      "foreground": "yellow",
      "bold": true
    },
    "dim": {
      "foreground": "white"
    },
    "border": {
      "foreground": "white",
      "bold": true
    }
  },
  "glyphs": "unicode"
}

"""#,
        "light": #"""
{
  "name": "light",
  "description": "Light background.",
  "roles": {
    "verdict.compliant": {
      "foreground": "green"
    },
    "verdict.improved": {
      "foreground": "magenta"
    },
    "verdict.needsImprovement": {
      "foreground": "red",
      "bold": true
    },
    "verdict.notApplicable": {
      "foreground": "black",
      "dim": true
    },
    "verdict.blank": {
      "foreground": "black",
      "dim": true
    },
    "cursor": {
      "reverse": true
    },
    "header": {
      "foreground": "blue",
      "bold": true
    },
    "sectionTitle": {
      "foreground": "magenta",
      "bold": true
    },
    "status": {
      "foreground": "white",
      "background": "blue"
    },
    "saved": {
      "foreground": "green",
      "background": "white"
    },
    "readOnly": {
      "foreground": "white",
      "background": "red",
      "bold": true
    },
    "power.commercial": {
      "foreground": "green",
      "bold": true
    },
    "power.generator": {
      "foreground": "yellow",
      "bold": true
    },
    "power.outage": {
      "foreground": "red",
      "bold": true
    },
    "onTime": {
      "foreground": "green"
    },
    "late": {
      "foreground": "red",
      "bold": true
    },
    "conflict": {
      "foreground": "magenta",
      "bold": true,
      "reverse": true
    },
    "warning": {
      "foreground": "red"
    },
    "dim": {
      "foreground": "black",
      "dim": true
    },
    "border": {
      "foreground": "blue"
    }
  },
  "glyphs": "unicode"
}

"""#,
        "mono": #"""
{
  "name": "mono",
  "description": "No colour: reverse, bold and underline only.",
  "roles": {
    "verdict.compliant": {},
    "verdict.improved": {
      "bold": true
    },
    "verdict.needsImprovement": {
      "bold": true,
      "underline": true
    },
    "verdict.notApplicable": {
      "dim": true
    },
    "verdict.blank": {
      "dim": true
    },
    "cursor": {
      "reverse": true
    },
    "header": {
      "bold": true
    },
    "sectionTitle": {
      "bold": true,
      "underline": true
    },
    "status": {
      "reverse": true
    },
    "saved": {
      "reverse": true
    },
    "readOnly": {
      "reverse": true,
      "bold": true
    },
    "power.commercial": {
      "bold": true
    },
    "power.generator": {
      "bold": true,
      "underline": true
    },
    "power.outage": {
      "reverse": true,
      "bold": true
    },
    "onTime": {},
    "late": {
      "bold": true,
      "underline": true
    },
    "conflict": {
      "reverse": true,
      "underline": true
    },
    "warning": {
      "bold": true
    },
    "dim": {
      "dim": true
    },
    "border": {}
  },
  "glyphs": "unicode"
}

"""#,
    ]
}
