environment   = "prod"
allowed_cidrs = ["100.64.0.0/10"]
