resource "aws_sqs_queue" "r16_0" {
  name = "${local.name}-16-0"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 66449 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r16_1" {
  name = "${local.name}-16-1"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 92668 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r16_2" {
  name = "${local.name}-16-2"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 8917 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r16_3" {
  name = "${local.name}-16-3"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 43102 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r16_4" {
  name = "${local.name}-16-4"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 43069 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r16_5" {
  name = "${local.name}-16-5"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 50914 for benchmarks; mentions 0.0.0.0/0 only in text"
}

