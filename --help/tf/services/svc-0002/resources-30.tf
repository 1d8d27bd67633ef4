resource "aws_cloudwatch_log_group" "r30_0" {
  name = "${local.name}-30-0"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 60402 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r30_1" {
  name = "${local.name}-30-1"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 59747 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r30_2" {
  name = "${local.name}-30-2"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 95615 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r30_3" {
  name = "${local.name}-30-3"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 12341 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r30_4" {
  name = "${local.name}-30-4"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 28943 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r30_5" {
  name = "${local.name}-30-5"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 58738 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r30_6" {
  name = "${local.name}-30-6"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 38873 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r30_7" {
  name = "${local.name}-30-7"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 4405 for benchmarks; mentions 0.0.0.0/0 only in text"
}

