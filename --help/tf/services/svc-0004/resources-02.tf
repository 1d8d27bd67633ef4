resource "aws_cloudwatch_log_group" "r2_0" {
  name = "${local.name}-2-0"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 8228 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r2_1" {
  name = "${local.name}-2-1"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 40383 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r2_2" {
  name = "${local.name}-2-2"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 78060 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r2_3" {
  name = "${local.name}-2-3"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 6965 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r2_4" {
  name = "${local.name}-2-4"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 90121 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r2_5" {
  name = "${local.name}-2-5"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 38011 for benchmarks; mentions 0.0.0.0/0 only in text"
}

