# The seed's Python snippet (ThreatConnect's "Common Errors" page), applied to every line of a file.
# One python3 process; the snippet's three statements run per line, verbatim.
import ipaddress
import sys

out = sys.stdout.write
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        incoming_cidr_range = line.rstrip("\n")
        address_sections =[section.replace("0000", "xxxx").lstrip("0") for section in ipaddress.IPv6Network(incoming_cidr_range).exploded.split(":")]
        formatted_cidr_range = ":".join(address_sections)
        formatted_cidr_range = formatted_cidr_range.replace("xxxx", "0")
        out(formatted_cidr_range + "\n")
